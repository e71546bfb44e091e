package org.psro4j.rl.algo;

import ai.djl.Device;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.RecurrentCore;
import org.psro4j.rl.nn.RecurrentPolicy;
import org.psro4j.rl.nn.StateArrays;
import org.psro4j.rl.rollout.Trajectories;
import org.psro4j.rl.rollout.VectorRollouts;

/**
 * A {@link PpoOracle} best response with memory ({@code policy_net=lstm|gru}): recurrent policy and
 * value cores over the observation tensor; rollouts carry each episode's recurrent state from
 * decision to decision ({@link RecurrentSoftmaxActor}) and the learner trains on whole-episode
 * sequences ({@link RecurrentPpoLearner}). The best response is a {@link RecurrentPolicy}.
 */
final class RecurrentPpoSession extends RolloutSession<Trajectories> {

  static final int VERSION = 1;

  private final PpoSettings settings;
  private final Game game;
  private final ObservationSpec spec;
  private final RecurrentCore policy;
  private final RecurrentCore value;
  private final RecurrentPpoLearner learner;
  private final RecurrentSoftmaxActor actor;
  private VectorRollouts rollouts;

  RecurrentPpoSession(BestResponseTask task, PpoSettings settings) {
    super("ppo", VERSION, task, settings.brSteps(), settings.rolloutSteps());
    prioritise(settings.pfsp());
    this.settings = settings;
    this.game = task.game();
    this.spec = ObservationSpec.forRecurrent(game);
    Device device = DjlRuntime.device(settings.device());
    int hidden = settings.hidden()[0];
    long policySeed = random().nextLong();
    long valueSeed = random().nextLong();
    if (settings.warmStart()
        && task.warmStart() instanceof RecurrentPolicy warm
        && warm.game().equals(game.toString())
        && warm.spec().equals(spec)
        && warm.core().type().equals(settings.policyNet())
        && warm.core().hiddenSize() == hidden) {
      this.policy = warm.core().copy();
    } else {
      this.policy =
          RecurrentCore.create(
              settings.policyNet(), spec.size(), hidden, spec.numActions(), policySeed, device);
    }
    this.value =
        RecurrentCore.create(settings.policyNet(), spec.size(), hidden, 1, valueSeed, device);
    this.learner = new RecurrentPpoLearner(policy, value, settings);
    this.actor = new RecurrentSoftmaxActor(policy);
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
    return new RecurrentPolicy(game.toString(), spec, policy.copy());
  }

  @Override
  void save(StateWriter out, boolean includeReplay) {
    out.fields().put("policy_net", settings.policyNet());
    out.bytes("policy", StateArrays.encode(policy.parameters()))
        .bytes("value", StateArrays.encode(value.parameters()))
        .adam("policy_adam", learner.policyOptimizer())
        .adam("value_adam", learner.valueOptimizer());
  }

  @Override
  void restore(StateReader in) {
    in.state().requireField("policy_net", settings.policyNet());
    StateArrays.decodeInto(in.state().array("policy"), policy.parameters(), "policy");
    StateArrays.decodeInto(in.state().array("value"), value.parameters(), "value");
    in.adam("policy_adam", learner.policyOptimizer());
    in.adam("value_adam", learner.valueOptimizer());
  }

  @Override
  public void close() {
    policy.close();
    value.close();
  }
}
