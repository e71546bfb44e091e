package org.psro4j.rl.algo;

import ai.djl.Device;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.nn.BoardShape;
import org.psro4j.rl.nn.ConvNetwork;
import org.psro4j.rl.nn.ConvPolicy;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.StateArrays;
import org.psro4j.rl.rollout.Trajectories;
import org.psro4j.rl.rollout.VectorRollouts;

/**
 * A {@link PpoOracle} best response ({@code policy_net=conv}) with a {@link ConvNetwork}: one
 * convolutional actor-critic whose torso policy and value share, trained by {@link PpoLearner} with
 * the entropy bonus annealed linearly to zero over the horizon. Warm-starts from a {@link
 * ConvPolicy} of the same game and widths.
 */
final class ConvPpoSession extends RolloutSession<Trajectories> {

  static final int VERSION = 1;

  /** Hidden sizes of the value MLP (the convolution widths are the {@code hidden} option). */
  static final int[] VALUE_HIDDEN = {128, 128};

  private final PpoSettings settings;
  private final Game game;
  private final ObservationSpec spec;
  private final ConvNetwork network;
  private final MlpNetwork value;
  private final ConvActorCritic model;
  private final PpoLearner learner;
  private VectorRollouts rollouts;

  ConvPpoSession(BestResponseTask task, PpoSettings settings) {
    super("ppo", VERSION, task, settings.brSteps(), settings.rolloutSteps());
    prioritise(settings.pfsp());
    this.settings = settings;
    this.game = task.game();
    this.spec = ObservationSpec.of(game);
    BoardShape shape = BoardShape.of(game);
    long seed = random().nextLong();
    Device device = DjlRuntime.device(settings.device());
    ConvNetwork fresh = ConvNetwork.create(shape, settings.hidden(), seed, device);
    Policy warm = task.warmStart();
    if (settings.warmStart()
        && warm instanceof ConvPolicy c
        && c.game().equals(game.toString())
        && c.network().shape().equals(shape)
        && java.util.Arrays.equals(c.network().channels(), settings.hidden())) {
      fresh.close();
      fresh = c.network().copy();
    }
    this.network = fresh;
    network.requireGradients();
    this.value =
        MlpNetwork.create(
            Networks.layerSizes(spec.size(), VALUE_HIDDEN, 1), 1.0, random().nextLong(), device);
    value.requireGradients();
    this.model = new ConvActorCritic(network, value);
    this.learner = new PpoLearner(model, settings);
    retarget(task.opponents());
  }

  @Override
  public void retarget(Opponents opponents) {
    super.retarget(opponents);
    rollouts = new VectorRollouts(game, opponents, spec, settings.numEnvs(), settings.shards());
  }

  @Override
  Trajectories collect(long chunk) {
    Opponents prioritised = prioritisedOpponents();
    if (prioritised != null) {
      rollouts = new VectorRollouts(game, prioritised, spec, settings.numEnvs(), settings.shards());
    }
    return rollouts.collect(model, chunk, random().nextLong());
  }

  @Override
  void learn(Trajectories t) {
    if (t.size() > 0) {
      double progress = (double) steps() / horizon();
      learner.learn(t, settings.entropy() * Math.max(0, 1 - progress), random());
    }
  }

  @Override
  long updates() {
    return learner.updates();
  }

  @Override
  public Policy snapshot() {
    return new ConvPolicy(game.toString(), spec, network.copy());
  }

  @Override
  void save(StateWriter out, boolean includeReplay) {
    out.fields().put("policy_net", "conv");
    out.bytes("network", StateArrays.encode(network.parameters()))
        .network("value", value)
        .adam("policy_adam", learner.policyOptimizer())
        .adam("value_adam", learner.valueOptimizer());
  }

  @Override
  void restore(StateReader in) {
    in.state().requireField("policy_net", "conv");
    StateArrays.decodeInto(in.state().array("network"), network.parameters(), "network");
    in.network("value", value);
    in.adam("policy_adam", learner.policyOptimizer());
    in.adam("value_adam", learner.valueOptimizer());
  }

  @Override
  public void close() {
    network.close();
    value.close();
  }
}
