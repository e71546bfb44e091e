package org.psro4j.rl.algo;

import ai.djl.Device;
import java.util.Map;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.OracleResult;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.rollout.VectorRollouts;

/**
 * Proximal policy optimisation (Schulman et al., "Proximal Policy Optimization Algorithms", 2017)
 * as a best-response oracle: clipped surrogate, GAE advantages, an entropy bonus annealed to zero,
 * separate policy and value MLPs over the information-state tensor, trained on {@link
 * VectorRollouts} against co-players drawn per episode. The budget is {@code br_steps} environment
 * steps; the result reports steps, gradient updates and seconds, and its value is the learner's
 * mean return in the last rollout.
 */
public final class PpoOracle implements BestResponseOracle {

  private final PpoSettings settings;

  /** An oracle with these settings. */
  public PpoOracle(PpoSettings settings) {
    this.settings = settings;
  }

  /** An oracle from string options (see {@link PpoSettings}). */
  public static PpoOracle fromOptions(Map<String, String> options) {
    return new PpoOracle(PpoSettings.fromOptions(options));
  }

  /** The settings. */
  public PpoSettings settings() {
    return settings;
  }

  @Override
  public Map<String, Object> resolvedOptions() {
    return RecordMaps.of(settings);
  }

  @Override
  public String name() {
    return "ppo";
  }

  @Override
  public void checkSupports(Game game) {
    ObservationSpec.of(game);
  }

  @Override
  public OracleResult bestResponse(BestResponseTask task) {
    long start = System.nanoTime();
    Game game = task.game();
    ObservationSpec spec = ObservationSpec.of(game);
    Device device = DjlRuntime.device(settings.device());
    SplittableRandom random = new SplittableRandom(task.seed());
    int[] policySizes = Networks.layerSizes(spec.size(), settings.hidden(), spec.numActions());
    try (MlpNetwork policy =
            Networks.warmOrFresh(
                task.warmStart(),
                settings.warmStart(),
                game,
                policySizes,
                random.nextLong(),
                device);
        MlpNetwork value =
            MlpNetwork.create(
                Networks.layerSizes(spec.size(), settings.hidden(), 1),
                1.0,
                random.nextLong(),
                device)) {
      PpoLearner learner = new PpoLearner(policy, value, settings);
      VectorRollouts rollouts =
          new VectorRollouts(game, task.opponents(), spec, settings.numEnvs(), settings.shards());
      SoftmaxActor actor = new SoftmaxActor(policy);
      RolloutBudget budget =
          RolloutBudget.spend(
              rollouts,
              actor,
              settings.brSteps(),
              settings.rolloutSteps(),
              random,
              steps -> {},
              (t, steps) -> {
                double progress = (double) steps / settings.brSteps();
                learner.learn(t, settings.entropy() * Math.max(0, 1 - progress), random);
              });
      return budget.result(
          new NeuralPolicy(game.toString(), spec, NeuralPolicy.Head.SOFTMAX, policy.copy()),
          learner.updates(),
          start);
    }
  }

  /** Whether {@code policy} was made by this module for {@code game} with these layer sizes. */
  static boolean fits(Policy policy, Game game, int[] layerSizes) {
    return policy instanceof NeuralPolicy n
        && n.game().equals(game.toString())
        && java.util.Arrays.equals(n.network().layerSizes(), layerSizes);
  }
}
