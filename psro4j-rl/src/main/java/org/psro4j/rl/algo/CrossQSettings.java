package org.psro4j.rl.algo;

import java.util.Map;
import java.util.Set;

/**
 * Settings of {@link CrossQOracle}; every field is an oracle option of the same name in snake case.
 * Defaults follow Bhatt et al. 2024 (Adam with β1 = 0.5 and step 1e-3, policy delay 3, batch 256,
 * batch renormalisation with momentum 0.01, r_max 3, d_max 5) except for a narrower critic (256
 * wide; the paper's is 2048 wide) and a shorter renormalisation warm-up, both for CPU budgets.
 *
 * @param brSteps environment steps (all players' moves) per best response ({@code br_steps})
 * @param numEnvs games played at once ({@code num_envs})
 * @param rolloutSteps environment steps collected between rounds of updates ({@code rollout_steps})
 * @param replayRatio critic updates per collected learner transition ({@code replay_ratio})
 * @param batchSize transitions per update ({@code batch})
 * @param bufferSize replay capacity in transitions ({@code buffer})
 * @param learningStarts environment steps of uniform actions first ({@code learning_starts})
 * @param learningRate Adam step size of actor, critics and temperature ({@code lr})
 * @param beta1 Adam's first-moment decay for actor and critics ({@code beta1})
 * @param gamma discount ({@code gamma})
 * @param policyDelay critic updates per actor and temperature update ({@code policy_delay})
 * @param initialAlpha entropy temperature at the start, then learned ({@code alpha})
 * @param targetEntropy target entropy per action entry, for actions in [-1,1] ({@code
 *     target_entropy})
 * @param hidden actor hidden layer sizes ({@code hidden})
 * @param criticHidden critic hidden layer sizes ({@code critic_hidden})
 * @param momentum weight of a batch in the running normalisation statistics ({@code bn_momentum})
 * @param renormWarmup critic training passes of plain batch normalisation before renormalising
 *     ({@code renorm_warmup})
 * @param warmStart start the actor from the task's warm-start policy when it fits ({@code
 *     warm_start})
 * @param shards rollout threads ({@code shards})
 * @param device {@code cpu} or {@code gpu} ({@code device})
 */
public record CrossQSettings(
    long brSteps,
    int numEnvs,
    int rolloutSteps,
    double replayRatio,
    int batchSize,
    int bufferSize,
    long learningStarts,
    double learningRate,
    double beta1,
    double gamma,
    int policyDelay,
    double initialAlpha,
    double targetEntropy,
    int[] hidden,
    int[] criticHidden,
    double momentum,
    long renormWarmup,
    boolean warmStart,
    int shards,
    String device)
    implements OffPolicySettings {

  static final Set<String> KEYS =
      OffPolicySettings.keysWith("beta1", "policy_delay", "bn_momentum", "renorm_warmup");

  /** Defaults overridden by {@code options}; unknown keys are rejected. */
  public static CrossQSettings fromOptions(Map<String, String> options) {
    OracleOptions o = new OracleOptions("crossq", options, KEYS);
    return OffPolicySettings.checked(
        "crossq",
        new CrossQSettings(
            o.getLong("br_steps", 20_000, 1),
            o.getInt("num_envs", 16, 1),
            o.getInt("rollout_steps", 64, 1),
            o.getDouble("replay_ratio", 1.0, 0, 1000),
            o.getInt("batch", 256, 2),
            o.getInt("buffer", 100_000, 1),
            o.getLong("learning_starts", 1000, 0),
            o.getDouble("lr", 1e-3, 1e-7, 1),
            o.getDouble("beta1", 0.5, 0, 0.999),
            o.getDouble("gamma", 0.99, 0, 1),
            o.getInt("policy_delay", 3, 1),
            o.getDouble("alpha", 0.1, 1e-8, 100),
            o.getDouble("target_entropy", -1.0, -100, 100),
            o.getSizes("hidden", new int[] {64, 64}),
            o.getSizes("critic_hidden", new int[] {256, 256}),
            o.getDouble("bn_momentum", 0.01, 1e-6, 1),
            o.getLong("renorm_warmup", 1000, 0),
            o.getBoolean("warm_start", true),
            o.getInt("shards", 1, 1),
            o.getString("device", "cpu")));
  }
}
