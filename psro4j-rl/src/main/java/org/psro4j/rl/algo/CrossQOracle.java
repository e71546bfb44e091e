package org.psro4j.rl.algo;

import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.TrainingSession;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.SquashedGaussianPolicy;

/**
 * CrossQ (Bhatt, Palenicek, Belousov, Argus, Amiranashvili, Brox and Peters, "CrossQ: Batch
 * Normalization in Deep Reinforcement Learning for Greater Sample Efficiency and Simplicity", ICLR
 * 2024) as a best-response oracle for games with continuous actions: soft actor-critic without
 * target networks, whose wider twin critics normalise with batch renormalisation over the joint
 * batch of {@code (s, a)} and {@code (s', a')}, trained with Adam at β1 = 0.5 and a delayed actor
 * (see {@link CrossQLearner}). Rollouts, budget, warm start and reporting are those of {@link
 * SacOracle}; the best response is the stochastic {@link SquashedGaussianPolicy}.
 */
public final class CrossQOracle implements LearningOracle {

  private final CrossQSettings settings;

  /** An oracle with these settings. */
  public CrossQOracle(CrossQSettings settings) {
    this.settings = settings;
  }

  /** An oracle from string options (see {@link CrossQSettings}). */
  public static CrossQOracle fromOptions(Map<String, String> options) {
    return new CrossQOracle(CrossQSettings.fromOptions(options));
  }

  /** The settings. */
  public CrossQSettings settings() {
    return settings;
  }

  @Override
  public Map<String, Object> resolvedOptions() {
    return RecordMaps.of(settings);
  }

  @Override
  public String name() {
    return "crossq";
  }

  @Override
  public void checkSupports(Game game) {
    ObservationSpec.ofContinuous(game);
  }

  @Override
  public long budget() {
    return settings.schedule().brSteps();
  }

  @Override
  public TrainingSession start(BestResponseTask task) {
    return new OffPolicySession(
        "crossq",
        task,
        settings,
        (actor, spec, random, device) ->
            new CrossQLearner(actor, spec.size(), spec.numActions(), settings, random, device));
  }
}
