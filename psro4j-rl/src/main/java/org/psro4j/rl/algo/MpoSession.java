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
 * An {@link MpoOracle} best response in progress (Abdolmaleki et al. 2018): the policy network, the
 * Q critic and their Adam optimisers; per rollout the critic is fitted, then the E- and M-steps
 * improve the policy.
 */
final class MpoSession extends RolloutSession<Trajectories> {

  static final int VERSION = 1;

  private final MpoSettings settings;
  private final Game game;
  private final ObservationSpec spec;
  private final MlpNetwork policy;
  private final MlpNetwork critic;
  private final Adam policyOptimizer;
  private final Adam criticOptimizer;
  private final SoftmaxActor actor;
  private VectorRollouts rollouts;

  MpoSession(BestResponseTask task, MpoSettings settings) {
    super("mpo", VERSION, task, settings.brSteps(), settings.rolloutSteps());
    this.settings = settings;
    this.game = task.game();
    this.spec = ObservationSpec.of(game);
    Device device = DjlRuntime.device(settings.device());
    int[] sizes = Networks.layerSizes(spec.size(), settings.hidden(), spec.numActions());
    this.policy =
        Networks.warmOrFresh(
            task.warmStart(), settings.warmStart(), game, sizes, random().nextLong(), device);
    this.critic = MlpNetwork.create(sizes, 1.0, random().nextLong(), device);
    this.policyOptimizer = new Adam(policy, settings.learningRate(), 1.0);
    this.criticOptimizer = new Adam(critic, settings.learningRate(), 10.0);
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
    return rollouts.collect(actor, chunk, random().nextLong());
  }

  @Override
  void learn(Trajectories t) {
    if (t.size() > 0) {
      MpoOracle.fitCritic(settings, critic, criticOptimizer, t, random());
      MpoOracle.improvePolicy(settings, policy, critic, policyOptimizer, t, random());
    }
  }

  @Override
  long updates() {
    return policyOptimizer.updates() + criticOptimizer.updates();
  }

  @Override
  public Policy snapshot() {
    return new NeuralPolicy(game.toString(), spec, NeuralPolicy.Head.SOFTMAX, policy.copy());
  }

  @Override
  void save(StateWriter out, boolean includeReplay) {
    out.network("policy", policy)
        .network("critic", critic)
        .adam("policy_adam", policyOptimizer)
        .adam("critic_adam", criticOptimizer);
  }

  @Override
  void restore(StateReader in) {
    in.network("policy", policy);
    in.network("critic", critic);
    in.adam("policy_adam", policyOptimizer);
    in.adam("critic_adam", criticOptimizer);
  }

  @Override
  public void close() {
    policy.close();
    critic.close();
  }
}
