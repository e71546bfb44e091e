package org.psro4j.rl.algo;

import java.util.Map;
import java.util.Set;

/**
 * Settings of {@link SacOracle}; every field is an oracle option of the same name in snake case.
 * Defaults follow Haarnoja et al. 2018 (appendix D: Adam 3e-4, τ = 0.005, batch 256, target entropy
 * −1 per action entry) except for smaller networks and budgets.
 *
 * @param brSteps environment steps (all players' moves) per best response ({@code br_steps})
 * @param numEnvs games played at once ({@code num_envs})
 * @param rolloutSteps environment steps collected between rounds of updates ({@code rollout_steps})
 * @param replayRatio gradient updates per collected learner transition ({@code replay_ratio})
 * @param batchSize transitions per update ({@code batch})
 * @param bufferSize replay capacity in transitions ({@code buffer})
 * @param learningStarts environment steps of uniform actions first ({@code learning_starts})
 * @param learningRate Adam step size of actor, critics and temperature ({@code lr})
 * @param gamma discount ({@code gamma})
 * @param tau Polyak rate of the target critics ({@code tau})
 * @param initialAlpha entropy temperature at the start, then learned ({@code alpha})
 * @param targetEntropy target entropy per action entry, for actions in [-1,1] ({@code
 *     target_entropy})
 * @param hidden actor hidden layer sizes ({@code hidden})
 * @param criticHidden critic hidden layer sizes ({@code critic_hidden})
 * @param warmStart start the actor from the task's warm-start policy when it fits ({@code
 *     warm_start})
 * @param shards rollout threads ({@code shards})
 * @param device {@code cpu} or {@code gpu} ({@code device})
 */
public record SacSettings(
    long brSteps,
    int numEnvs,
    int rolloutSteps,
    double replayRatio,
    int batchSize,
    int bufferSize,
    long learningStarts,
    double learningRate,
    double gamma,
    double tau,
    double initialAlpha,
    double targetEntropy,
    int[] hidden,
    int[] criticHidden,
    boolean warmStart,
    int shards,
    String device)
    implements OffPolicySettings {

  static final Set<String> KEYS = OffPolicySettings.keysWith("tau");

  /** Defaults overridden by {@code options}; unknown keys are rejected. */
  public static SacSettings fromOptions(Map<String, String> options) {
    OracleOptions o = new OracleOptions("sac", options, KEYS);
    return OffPolicySettings.checked(
        "sac",
        new SacSettings(
            o.getLong("br_steps", 20_000, 1),
            o.getInt("num_envs", 16, 1),
            o.getInt("rollout_steps", 64, 1),
            o.getDouble("replay_ratio", 1.0, 0, 1000),
            o.getInt("batch", 256, 1),
            o.getInt("buffer", 100_000, 1),
            o.getLong("learning_starts", 1000, 0),
            o.getDouble("lr", 3e-4, 1e-7, 1),
            o.getDouble("gamma", 0.99, 0, 1),
            o.getDouble("tau", 0.005, 0, 1),
            o.getDouble("alpha", 0.1, 1e-8, 100),
            o.getDouble("target_entropy", -1.0, -100, 100),
            o.getSizes("hidden", new int[] {64, 64}),
            o.getSizes("critic_hidden", new int[] {128, 128}),
            o.getBoolean("warm_start", true),
            o.getInt("shards", 1, 1),
            o.getString("device", "cpu")));
  }
}
