package org.psro4j.rl.algo;

import ai.djl.Device;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.rollout.Trajectories;
import org.psro4j.rl.rollout.VectorRollouts;

/**
 * A {@link PpoOracle} best response in progress (Schulman et al. 2017): policy and value MLPs,
 * their Adam optimisers, and the entropy bonus annealed linearly to zero over the horizon.
 */
final class PpoSession extends RolloutSession<Trajectories> {

  static final int VERSION = 1;

  private final PpoSettings settings;
  private final Game game;
  private final ObservationSpec spec;
  private final MlpNetwork policy;
  private final MlpNetwork value;
  private final PpoLearner learner;
  private final SoftmaxActor actor;
  private VectorRollouts rollouts;

  PpoSession(BestResponseTask task, PpoSettings settings) {
    super("ppo", VERSION, task, settings.brSteps(), settings.rolloutSteps());
    prioritise(settings.pfsp());
    this.settings = settings;
    this.game = task.game();
    this.spec = ObservationSpec.of(game);
    Device device = DjlRuntime.device(settings.device());
    int[] policySizes = Networks.layerSizes(spec.size(), settings.hidden(), spec.numActions());
    this.policy =
        Networks.warmOrFresh(
            task.warmStart(), settings.warmStart(), game, policySizes, random().nextLong(), device);
    this.value =
        MlpNetwork.create(
            Networks.layerSizes(spec.size(), settings.hidden(), 1),
            1.0,
            random().nextLong(),
            device);
    this.learner = new PpoLearner(policy, value, settings);
    this.actor = new SoftmaxActor(policy);
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
    return rollouts.collect(actor, chunk, random().nextLong());
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
    return new NeuralPolicy(game.toString(), spec, NeuralPolicy.Head.SOFTMAX, policy.copy());
  }

  @Override
  void save(StateWriter out, boolean includeReplay) {
    out.fields().put("policy_net", "mlp");
    out.network("policy", policy)
        .network("value", value)
        .adam("policy_adam", learner.policyOptimizer())
        .adam("value_adam", learner.valueOptimizer());
  }

  @Override
  void restore(StateReader in) {
    in.state().requireField("policy_net", "mlp");
    in.network("policy", policy);
    in.network("value", value);
    in.adam("policy_adam", learner.policyOptimizer());
    in.adam("value_adam", learner.valueOptimizer());
  }

  @Override
  public void close() {
    policy.close();
    value.close();
  }
}
