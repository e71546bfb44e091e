package org.psro4j.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.psro4j.game.Game;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.pipeline.PipelineProtocol.EvaluationRequest;
import org.psro4j.pipeline.PipelineProtocol.EvaluationResult;
import org.psro4j.pipeline.PipelineProtocol.OpponentMix;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.PayoffEvaluator;
import org.psro4j.random.Seeds;

/**
 * What the threads of one local Pipeline engine share: the manager behind its monitor (every call
 * notifies waiters), the clock, policies decoded once per level version, and the payoff evaluator.
 * Only a level's latest decoded version is kept: the manager hands out a level's current policy
 * alone, so an older version can no longer be asked for and a long run's memory stays one policy a
 * level.
 */
final class LocalHub {

  final PipelineManager manager;
  final Game game;
  final PayoffEvaluator evaluator;
  final long seed;
  private final Map<String, Decoded> decoded = new ConcurrentHashMap<>();
  private long evaluationNanos;

  LocalHub(PipelineManager manager, Game game, PayoffEvaluator evaluator, long seed) {
    this.manager = manager;
    this.game = game;
    this.evaluator = evaluator;
    this.seed = seed;
  }

  /** The engine's clock (the manager has none). */
  long now() {
    return System.currentTimeMillis();
  }

  /** Calls the manager under its monitor and wakes every waiter. */
  <T> T call(Function<PipelineManager, T> f) {
    synchronized (manager) {
      T out = f.apply(manager);
      manager.notifyAll();
      return out;
    }
  }

  /** Seconds spent evaluating so far. */
  synchronized double evaluationSeconds() {
    return evaluationNanos / 1e9;
  }

  /** A decoded policy and the level version it is. */
  private record Decoded(int version, Policy policy) {}

  /**
   * A level's policy at {@code version} from its blob, decoded once and kept until a later version
   * of the level is decoded (a version older than the kept one, asked for by a thread that read the
   * level just before it changed, is decoded again and not kept).
   */
  Policy policy(int player, int level, int version, byte[] blob) {
    Decoded d =
        decoded.compute(
            player + "/" + level,
            (k, kept) ->
                kept != null && kept.version() >= version
                    ? kept
                    : new Decoded(version, Blobs.policy(blob, game)));
    return d.version() == version ? d.policy() : Blobs.policy(blob, game);
  }

  /** How many decoded policies are kept (at most one a level). */
  int decodedPolicies() {
    return decoded.size();
  }

  /** The current policy of a level (decoded once per version). */
  Policy current(int player, int level) {
    int version;
    byte[] blob;
    synchronized (manager) {
      version = manager.policyVersion(player, level);
      blob = manager.policyBlob(player, level);
    }
    return policy(player, level, version, blob);
  }

  /**
   * The current policy of the level below {@code level} of {@code player}, the warm start of a
   * level's learner; null for level 0 or while that level has no policy yet.
   */
  Policy previousLevel(int player, int level) {
    if (level < 1) {
      return null;
    }
    synchronized (manager) {
      if (manager.policyBlob(player, level - 1) == null) {
        return null;
      }
    }
    return current(player, level - 1);
  }

  /**
   * The opponents of {@code mix}: each co-player's lower levels, weighted; a level without a policy
   * (weight 0) is filled with level 0 so the lists line up.
   */
  Opponents opponents(OpponentMix mix) {
    List<List<Policy>> populations = new java.util.ArrayList<>();
    for (int q = 0; q < mix.weights().length; q++) {
      List<Policy> mine = new java.util.ArrayList<>();
      for (int k = 0; k < mix.weights()[q].length; k++) {
        mine.add(current(q, mix.weights()[q][k] > 0 ? k : 0));
      }
      populations.add(mine);
    }
    return new Opponents.Independent(mix.player(), populations, mix.weights());
  }

  /**
   * Solves, outside the manager's lock, the games the manager is about to solve ({@link
   * PipelineManager#reserveSolves}) and hands the answers back, so the other threads' calls do not
   * wait on a solve meanwhile; when another thread is solving a game this caller's next call needs,
   * waits for its answer (the manager would otherwise solve it a second time under its lock).
   */
  void presolve(String worker, long count) {
    presolve(worker, count, true);
  }

  /**
   * As {@link #presolve(String, long)}, but when {@code wait} is false returns false at once
   * instead of waiting for another thread's solve (a training worker then trains on and reports
   * later); true when the caller's next call finds every answer it needs.
   */
  boolean presolve(String worker, long count, boolean wait) {
    List<EmpiricalGame> games = call(m -> m.reserveSolves(worker, count));
    for (EmpiricalGame g : games) {
      MetaStrategy answer;
      try {
        synchronized (manager.solver) {
          answer = manager.solver.solve(g);
        }
      } catch (RuntimeException e) {
        call(
            m -> {
              m.unreserve(g);
              return null;
            });
        throw e;
      }
      call(
          m -> {
            m.remember(g, answer);
            return null;
          });
    }
    synchronized (manager) {
      while (manager.awaitingSolve(worker, count)) {
        if (!wait) {
          return false;
        }
        try {
          manager.wait(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Evaluates every queued request (stale ones are skipped: their replacements are queued) and
   * hands the results back; returns how many were evaluated. {@code heartbeat} runs between entries
   * so a long evaluation does not cost the caller its lease.
   */
  int drainEvaluations(Runnable heartbeat) {
    List<EvaluationRequest> requests = call(PipelineManager::takeEvaluations);
    int done = 0;
    for (EvaluationRequest r : requests) {
      Policy[] profile = new Policy[r.slots().length];
      boolean current;
      synchronized (manager) {
        current = manager.isCurrent(r);
        for (int p = 0; current && p < profile.length; p++) {
          profile[p] =
              policy(p, r.slots()[p], r.versions()[p], manager.policyBlob(p, r.slots()[p]));
        }
      }
      if (!current) {
        continue;
      }
      long start = System.nanoTime();
      PayoffEvaluator.Evaluation e =
          evaluator.evaluate(game, profile, Seeds.derive(seed, "pipeline-eval", r.id()));
      synchronized (this) {
        evaluationNanos += System.nanoTime() - start;
      }
      EvaluationResult result = new EvaluationResult(r.id(), e.mean(), e.variance(), e.episodes());
      call(
          m -> {
            m.complete(result, now());
            return null;
          });
      heartbeat.run();
      done++;
    }
    return done;
  }
}
