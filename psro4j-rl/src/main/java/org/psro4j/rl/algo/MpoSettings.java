package org.psro4j.rl.algo;

import java.util.Map;
import java.util.Set;

/**
 * Settings of {@link MpoOracle}; every field is an oracle option of the same name in snake case.
 *
 * @param brSteps environment steps (all players' moves) per best response ({@code br_steps})
 * @param numEnvs games played at once ({@code num_envs})
 * @param rolloutSteps environment steps collected per policy-improvement round ({@code
 *     rollout_steps})
 * @param epochs passes over each rollout for the critic and the M-step ({@code epochs})
 * @param minibatch transitions per gradient step ({@code minibatch})
 * @param learningRate Adam step size ({@code lr})
 * @param epsilon the E-step's KL bound ε between the improved and the old policy ({@code epsilon})
 * @param klWeight the M-step's weight λ on KL(π_old ‖ π) ({@code kl_weight})
 * @param hidden hidden layer sizes ({@code hidden})
 * @param warmStart start from the task's warm-start policy when it fits ({@code warm_start}; off by
 *     default: MPO has no entropy bonus, so a near-deterministic previous best response stops
 *     exploring, and PSRO on Kuhn stalled at NashConv 1/6 with it on, 2.6e-4 with it off)
 * @param shards rollout threads ({@code shards})
 * @param device {@code cpu} or {@code gpu} ({@code device})
 */
public record MpoSettings(
    long brSteps,
    int numEnvs,
    int rolloutSteps,
    int epochs,
    int minibatch,
    double learningRate,
    double epsilon,
    double klWeight,
    int[] hidden,
    boolean warmStart,
    int shards,
    String device) {

  static final Set<String> KEYS =
      Set.of(
          "br_steps",
          "num_envs",
          "rollout_steps",
          "epochs",
          "minibatch",
          "lr",
          "epsilon",
          "kl_weight",
          "hidden",
          "warm_start",
          "shards",
          "device");

  /** Defaults overridden by {@code options}; unknown keys are rejected. */
  public static MpoSettings fromOptions(Map<String, String> options) {
    OracleOptions o = new OracleOptions("mpo", options, KEYS);
    return new MpoSettings(
        o.getLong("br_steps", 100_000, 1),
        o.getInt("num_envs", 128, 2),
        o.getInt("rollout_steps", 4096, 1),
        o.getInt("epochs", 4, 1),
        o.getInt("minibatch", 512, 1),
        o.getDouble("lr", 3e-3, 1e-7, 1),
        o.getDouble("epsilon", 0.1, 1e-6, 10),
        o.getDouble("kl_weight", 0.5, 0, 100),
        o.getSizes("hidden", new int[] {64, 64}),
        o.getBoolean("warm_start", false),
        o.getInt("shards", 2, 1),
        o.getString("device", "cpu"));
  }
}
