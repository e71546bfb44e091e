package org.psro4j.rl.algo;

import ai.djl.Device;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.SquashedGaussianPolicy;
import org.psro4j.rl.rollout.ContinuousRollouts;
import org.psro4j.rl.rollout.ContinuousTrajectories;

/**
 * The session {@link SacOracle} and {@link CrossQOracle} share: continuous rollouts against the
 * task's co-players into a replay buffer, interleaved with the learner's updates at the schedule's
 * update-to-data ratio once {@code learning_starts} steps were taken (uniform actions before). The
 * reported value is the learner's mean return over the last {@value #VALUE_EPISODES} or more
 * episodes.
 */
final class OffPolicySession extends RolloutSession<ContinuousTrajectories> {

  static final int VERSION = 1;

  /** Episodes the reported value averages over (at least; whole collections are kept). */
  static final int VALUE_EPISODES = 256;

  /** Builds a learner around the actor network, drawing its critics' seeds from {@code random}. */
  @FunctionalInterface
  interface LearnerFactory {
    ContinuousLearner create(
        MlpNetwork actor, ObservationSpec spec, SplittableRandom random, Device device);
  }

  private final OffPolicySchedule schedule;
  private final Game game;
  private final ObservationSpec spec;
  private final MlpNetwork actorNetwork;
  private final ContinuousLearner learner;
  private final ContinuousReplayBuffer buffer;
  private final SquashedGaussianActor actor;
  private final ArrayDeque<double[]> recent = new ArrayDeque<>();
  private ContinuousRollouts rollouts;
  private double recentEpisodes;
  private double pendingUpdates;
  private boolean learning;

  /**
   * A session for {@code task}: an actor from the task's warm-start policy or fresh, and the
   * learner {@code factory} builds around it.
   */
  OffPolicySession(
      String kind, BestResponseTask task, OffPolicySettings settings, LearnerFactory factory) {
    super(kind, VERSION, task, settings.schedule().brSteps(), settings.schedule().rolloutSteps());
    this.schedule = settings.schedule();
    this.game = task.game();
    this.spec = ObservationSpec.ofContinuous(game);
    Device device = DjlRuntime.device(settings.device());
    int[] actorSizes = Networks.layerSizes(spec.size(), settings.hidden(), 2 * spec.numActions());
    this.actorNetwork =
        warmOrFresh(
            task.warmStart(), settings.warmStart(), game, actorSizes, random().nextLong(), device);
    this.learner = factory.create(actorNetwork, spec, random(), device);
    this.buffer = new ContinuousReplayBuffer(schedule.bufferSize(), spec.size(), spec.numActions());
    this.actor = new SquashedGaussianActor(learner.actor(), spec.numActions());
    retarget(task.opponents());
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

  @Override
  public void retarget(Opponents opponents) {
    super.retarget(opponents);
    rollouts = new ContinuousRollouts(game, opponents, spec, schedule.numEnvs(), schedule.shards());
  }

  @Override
  ContinuousTrajectories collect(long chunk) {
    learning = steps() >= schedule.learningStarts();
    actor.setUniform(!learning);
    return rollouts.collect(actor, chunk, random().nextLong());
  }

  @Override
  void learn(ContinuousTrajectories t) {
    buffer.addAll(t);
    recent.addLast(new double[] {t.episodes(), t.returnSum()});
    recentEpisodes += t.episodes();
    while (recentEpisodes - recent.peekFirst()[0] >= VALUE_EPISODES) {
      recentEpisodes -= recent.removeFirst()[0];
    }
    if (!learning) {
      return;
    }
    pendingUpdates += schedule.replayRatio() * t.size();
    while (pendingUpdates >= 1 && buffer.size() >= schedule.batchSize()) {
      pendingUpdates -= 1;
      learner.update(buffer.batch(schedule.batchSize(), random()), random());
    }
  }

  @Override
  double value() {
    double returnSum = 0;
    for (double[] r : recent) {
      returnSum += r[1];
    }
    return recentEpisodes == 0 ? 0.0 : returnSum / recentEpisodes;
  }

  @Override
  long updates() {
    return learner.updates();
  }

  @Override
  public Policy snapshot() {
    return new SquashedGaussianPolicy(game.toString(), spec, learner.actor().copy());
  }

  @Override
  void save(StateWriter out, boolean includeReplay) {
    learner.save(out);
    var f = out.fields();
    f.put("pending_updates", pendingUpdates);
    f.put("recent_episodes", recentEpisodes);
    var window = f.putArray("recent");
    for (double[] r : recent) {
      window.addArray().add(r[0]).add(r[1]);
    }
    f.put("replay_saved", includeReplay);
    if (includeReplay) {
      buffer.save(out, "replay");
    }
  }

  @Override
  void restore(StateReader in) {
    learner.restore(in);
    pendingUpdates = in.state().getDouble("pending_updates");
    recentEpisodes = in.state().getDouble("recent_episodes");
    recent.clear();
    for (var r : in.state().field("recent")) {
      recent.addLast(new double[] {r.get(0).asDouble(), r.get(1).asDouble()});
    }
    if (in.state().field("replay_saved").asBoolean()) {
      buffer.restore(in, "replay");
    }
  }

  @Override
  public void close() {
    learner.close();
    actorNetwork.close();
  }
}
