package org.psro4j.rl.algo;

import ai.djl.Device;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.rollout.Trajectories;
import org.psro4j.rl.rollout.VectorRollouts;

/**
 * A {@link DqnOracle} best response in progress (Mnih et al. 2015; double-Q targets of van Hasselt
 * et al. 2016): online and target Q-networks, Adam, the replay buffer, the ε schedule and the
 * fractional count of updates owed at the replay ratio.
 */
final class DqnSession extends RolloutSession<Trajectories> {

  static final int VERSION = 1;

  private final DqnSettings settings;
  private final Game game;
  private final ObservationSpec spec;
  private final MlpNetwork online;
  private final MlpNetwork target;
  private final Adam optimizer;
  private final ReplayBuffer buffer;
  private final EpsilonGreedyActor actor;
  private VectorRollouts rollouts;
  private double pendingUpdates;

  DqnSession(BestResponseTask task, DqnSettings settings) {
    super("dqn", VERSION, task, settings.brSteps(), settings.rolloutSteps());
    this.settings = settings;
    this.game = task.game();
    this.spec = ObservationSpec.of(game);
    Device device = DjlRuntime.device(settings.device());
    int[] sizes = Networks.layerSizes(spec.size(), settings.hidden(), spec.numActions());
    boolean warm =
        settings.warmStart()
            && task.warmStart() instanceof NeuralPolicy n
            && n.head() == NeuralPolicy.Head.GREEDY
            && PpoOracle.fits(n, game, sizes);
    long initSeed = random().nextLong();
    this.online =
        warm
            ? ((NeuralPolicy) task.warmStart()).network().copy()
            : MlpNetwork.create(sizes, 1.0, initSeed, device);
    this.target = online.copy();
    this.optimizer = new Adam(online, settings.learningRate(), 10.0);
    this.buffer = new ReplayBuffer(settings.bufferSize(), spec.size(), spec.numActions());
    this.actor = new EpsilonGreedyActor(online);
    retarget(task.opponents());
  }

  @Override
  public void retarget(Opponents opponents) {
    super.retarget(opponents);
    rollouts = new VectorRollouts(game, opponents, spec, settings.numEnvs(), settings.shards());
  }

  @Override
  Trajectories collect(long chunk) {
    double progress = (double) steps() / (horizon() * settings.epsilonDecay());
    actor.setEpsilon(
        settings.epsilonEnd()
            + (settings.epsilonStart() - settings.epsilonEnd()) * Math.max(0, 1 - progress));
    return rollouts.collect(actor, chunk, random().nextLong());
  }

  @Override
  void learn(Trajectories t) {
    if (t.size() == 0) {
      return;
    }
    pendingUpdates += settings.replayRatio() * t.size() / settings.batchSize();
    double progress = Math.min(1, (double) steps() / horizon());
    optimizer.setRateScale(
        1 - (1 - settings.learningRateEnd() / settings.learningRate()) * progress);
    buffer.addAll(t, settings.nStep(), settings.gamma());
    while (pendingUpdates >= 1 && buffer.size() >= settings.batchSize()) {
      pendingUpdates -= 1;
      DqnOracle.update(
          settings, online, target, optimizer, buffer.sample(settings.batchSize(), random()));
      if (optimizer.updates() % settings.targetUpdate() == 0) {
        target.copyFrom(online);
      }
    }
  }

  @Override
  long updates() {
    return optimizer.updates();
  }

  @Override
  public Policy snapshot() {
    return new NeuralPolicy(game.toString(), spec, NeuralPolicy.Head.GREEDY, online.copy());
  }

  @Override
  void save(StateWriter out, boolean includeReplay) {
    out.network("online", online).network("target", target).adam("adam", optimizer);
    out.fields().put("pending_updates", pendingUpdates);
    out.fields().put("replay_saved", includeReplay);
    if (includeReplay) {
      buffer.save(out, "replay");
    }
  }

  @Override
  void restore(StateReader in) {
    in.network("online", online);
    in.network("target", target);
    in.adam("adam", optimizer);
    pendingUpdates = in.state().getDouble("pending_updates");
    if (in.state().field("replay_saved").asBoolean()) {
      buffer.restore(in, "replay");
    }
  }

  @Override
  public void close() {
    online.close();
    target.close();
  }
}
