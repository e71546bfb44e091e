package org.psro4j.rl.algo;

import ai.djl.Device;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.OracleResult;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.SquashedGaussianPolicy;
import org.psro4j.rl.rollout.ContinuousRollouts;
import org.psro4j.rl.rollout.ContinuousTrajectories;

/**
 * The training loop {@link SacOracle} and {@link CrossQOracle} share: continuous rollouts against
 * the task's co-players into a replay buffer, interleaved with the learner's updates at the
 * schedule's update-to-data ratio, until the environment-step budget is spent. The result's value
 * is the learner's mean return over the last {@value #VALUE_EPISODES} or more episodes.
 */
final class OffPolicyLoop {

  /** Episodes the reported value averages over (at least; whole collections are kept). */
  static final int VALUE_EPISODES = 256;

  private OffPolicyLoop() {}

  /** Builds a learner around the actor network, drawing its critics' seeds from {@code random}. */
  @FunctionalInterface
  interface LearnerFactory {
    ContinuousLearner create(
        MlpNetwork actor, ObservationSpec spec, SplittableRandom random, Device device);
  }

  /**
   * Trains a best response for {@code task}: an actor from the task's warm-start policy or fresh,
   * the learner {@code factory} builds around it, then {@link #run}.
   */
  static OracleResult train(
      BestResponseTask task, OffPolicySettings settings, LearnerFactory factory) {
    long start = System.nanoTime();
    Game game = task.game();
    ObservationSpec spec = ObservationSpec.ofContinuous(game);
    Device device = DjlRuntime.device(settings.device());
    SplittableRandom random = new SplittableRandom(task.seed());
    int[] actorSizes = Networks.layerSizes(spec.size(), settings.hidden(), 2 * spec.numActions());
    try (MlpNetwork actor =
            warmOrFresh(
                task.warmStart(),
                settings.warmStart(),
                game,
                actorSizes,
                random.nextLong(),
                device);
        ContinuousLearner learner = factory.create(actor, spec, random, device)) {
      return run(task, spec, settings.schedule(), learner, random, start);
    }
  }

  /**
   * A trainable copy of {@code warm}'s actor when warm starting is on and it is a squashed-Gaussian
   * policy of the same game and architecture; otherwise a fresh actor (last layer scaled by 0.01,
   * so it starts near the middle of the box with unit spread).
   */
  private static MlpNetwork warmOrFresh(
      Policy warm, boolean warmStart, Game game, int[] sizes, long seed, Device device) {
    if (warmStart
        && warm instanceof SquashedGaussianPolicy s
        && s.game().equals(game.toString())
        && Arrays.equals(s.network().layerSizes(), sizes)) {
      return s.network().copy();
    }
    return MlpNetwork.create(sizes, 0.01, seed, device);
  }

  private static OracleResult run(
      BestResponseTask task,
      ObservationSpec spec,
      OffPolicySchedule schedule,
      ContinuousLearner learner,
      SplittableRandom random,
      long startNanos) {
    Game game = task.game();
    int d = spec.numActions();
    ContinuousRollouts rollouts =
        new ContinuousRollouts(game, task.opponents(), spec, schedule.numEnvs(), schedule.shards());
    ContinuousReplayBuffer buffer =
        new ContinuousReplayBuffer(schedule.bufferSize(), spec.size(), d);
    SquashedGaussianActor actor = new SquashedGaussianActor(learner.actor(), d);
    ArrayDeque<double[]> recent = new ArrayDeque<>();
    double recentEpisodes = 0;
    long steps = 0;
    long episodes = 0;
    double pendingUpdates = 0;
    while (steps < schedule.brSteps()) {
      boolean learning = steps >= schedule.learningStarts();
      actor.setUniform(!learning);
      long chunk = Math.min(schedule.rolloutSteps(), schedule.brSteps() - steps);
      ContinuousTrajectories t = rollouts.collect(actor, chunk, random.nextLong());
      steps += t.environmentSteps();
      episodes += t.episodes();
      buffer.addAll(t);
      recent.addLast(new double[] {t.episodes(), t.returnSum()});
      recentEpisodes += t.episodes();
      while (recentEpisodes - recent.peekFirst()[0] >= VALUE_EPISODES) {
        recentEpisodes -= recent.removeFirst()[0];
      }
      if (!learning) {
        continue;
      }
      pendingUpdates += schedule.replayRatio() * t.size();
      while (pendingUpdates >= 1 && buffer.size() >= schedule.batchSize()) {
        pendingUpdates -= 1;
        learner.update(buffer.batch(schedule.batchSize(), random), random);
      }
    }
    double returnSum = 0;
    for (double[] r : recent) {
      returnSum += r[1];
    }
    SquashedGaussianPolicy policy =
        new SquashedGaussianPolicy(game.toString(), spec, learner.actor().copy());
    return new OracleResult(
        policy,
        recentEpisodes == 0 ? 0.0 : returnSum / recentEpisodes,
        steps,
        episodes,
        learner.updates(),
        (System.nanoTime() - startNanos) / 1e9);
  }
}
