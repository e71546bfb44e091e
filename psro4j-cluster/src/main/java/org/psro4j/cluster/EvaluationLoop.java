package org.psro4j.cluster;

import org.psro4j.cluster.WorkerProtocol.Evaluate;
import org.psro4j.game.Game;
import org.psro4j.pipeline.Blobs;
import org.psro4j.pipeline.PipelineManager;
import org.psro4j.pipeline.PipelineProtocol.EvaluationRequest;
import org.psro4j.pipeline.PipelineProtocol.EvaluationResult;
import org.psro4j.policy.Policy;
import org.psro4j.psro.ExactEvaluator;
import org.psro4j.psro.PayoffEvaluator;
import org.psro4j.psro.SampledEvaluator;

/**
 * A member's evaluator thread: asks the manager for payoff-table entries to measure, plays them
 * (exactly when the game can be walked, else by sampling), and sends the results back.
 */
final class EvaluationLoop implements Runnable {

  private final ManagerClient client;
  private final RunSpec spec;
  private final Game game;
  private final PayoffEvaluator evaluator;
  private final PolicyCache cache;
  private volatile boolean stopped;

  EvaluationLoop(ManagerClient client, RunSpec spec, Game game, PolicyCache cache) {
    this.client = client;
    this.spec = spec;
    this.game = game;
    this.evaluator = evaluatorOf(game, spec);
    this.cache = cache;
  }

  /** The evaluator of a run's entries: exact when the spec says 0 episodes, else sampled. */
  static PayoffEvaluator evaluatorOf(Game game, RunSpec spec) {
    return spec.evalEpisodes() == 0
        ? new ExactEvaluator(game)
        : new SampledEvaluator((int) spec.evalEpisodes());
  }

  void stop() {
    stopped = true;
  }

  @Override
  public void run() {
    while (!stopped) {
      WorkerProtocol reply =
          client.ask(r -> new ManagerProtocol.Claim(client.token(), "evaluator", true, r));
      switch (reply) {
        case Evaluate e -> evaluate(e);
        case WorkerProtocol.Finished f -> {
          return;
        }
        case null, default -> pause();
      }
    }
  }

  /**
   * Evaluates in this JVM every entry {@code manager} has queued, as an evaluator member would (the
   * same evaluator and seeds): a new run's first row then has its initial entry, so its NashConv.
   */
  static void evaluateQueued(PipelineManager manager, Game game, RunSpec spec, long nowMillis) {
    PayoffEvaluator evaluator = evaluatorOf(game, spec);
    for (EvaluationRequest r : manager.takeEvaluations()) {
      Policy[] profile = new Policy[r.slots().length];
      for (int p = 0; p < profile.length; p++) {
        profile[p] = Blobs.policy(manager.policyBlob(p, r.slots()[p]), game);
      }
      manager.complete(evaluate(evaluator, game, spec, r, profile), nowMillis);
    }
  }

  /**
   * One entry's result: {@code profile} played with the run's evaluator and the entry's own seed,
   * the same wherever it is evaluated.
   */
  private static EvaluationResult evaluate(
      PayoffEvaluator evaluator, Game game, RunSpec spec, EvaluationRequest r, Policy[] profile) {
    PayoffEvaluator.Evaluation v = evaluator.evaluate(game, profile, spec.seed() ^ r.id());
    return new EvaluationResult(r.id(), v.mean(), v.variance(), v.episodes());
  }

  private void evaluate(Evaluate e) {
    cache.putAll(e.policies());
    EvaluationRequest r = e.request();
    Policy[] profile = new Policy[r.slots().length];
    for (int p = 0; p < profile.length; p++) {
      profile[p] = cache.policy(p, r.slots()[p]);
    }
    EvaluationResult result = evaluate(evaluator, game, spec, r, profile);
    client.ask(x -> new ManagerProtocol.Evaluated(client.token(), result, x));
  }

  private static void pause() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
