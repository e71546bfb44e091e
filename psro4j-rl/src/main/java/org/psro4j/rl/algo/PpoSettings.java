package org.psro4j.rl.algo;

import java.util.Map;
import java.util.Set;

/**
 * Settings of {@link PpoOracle}; every field is an oracle option of the same name in snake case.
 *
 * @param brSteps environment steps (all players' moves) per best response ({@code br_steps})
 * @param numEnvs games played at once ({@code num_envs})
 * @param rolloutSteps environment steps collected between updates ({@code rollout_steps})
 * @param epochs passes over each rollout ({@code epochs})
 * @param minibatch transitions per gradient step ({@code minibatch})
 * @param learningRate Adam step size ({@code lr})
 * @param clip PPO's ratio clip ε ({@code clip})
 * @param gamma discount ({@code gamma})
 * @param gaeLambda GAE's λ ({@code gae_lambda})
 * @param entropy entropy bonus coefficient at the start, annealed linearly to 0 ({@code entropy})
 * @param valueCoefficient weight of the value loss ({@code value_coef})
 * @param maxGradientNorm global gradient-norm clip ({@code max_grad_norm})
 * @param hidden hidden layer sizes ({@code hidden}, e.g. {@code 64,64})
 * @param warmStart start from the task's warm-start policy when it fits ({@code warm_start})
 * @param shards rollout threads ({@code shards})
 * @param device {@code cpu} or {@code gpu} ({@code device})
 * @param policyNet {@code mlp} (feed-forward over the information-state tensor), or {@code lstm} /
 *     {@code gru}: recurrent policy and value cores over the observation tensor, one step per
 *     decision, of width {@code hidden}'s first size, or {@code conv}: for board games (a {@code
 *     BoardLayout}), one actor-critic of 3×3 convolutions of widths {@code hidden} over the board
 *     with every action scored at its square ({@link org.psro4j.rl.nn.ConvNetwork}) ({@code
 *     policy_net})
 * @param pfsp prioritized fictitious self-play exponent {@code p}: each co-player policy's target
 *     weight times {@code (1 − x)^p}, {@code x} the learner's recent score against it, so it trains
 *     most against what it beats least ({@link OpponentPriority}); 0 (default) trains against the
 *     target as given ({@code pfsp})
 */
public record PpoSettings(
    long brSteps,
    int numEnvs,
    int rolloutSteps,
    int epochs,
    int minibatch,
    double learningRate,
    double clip,
    double gamma,
    double gaeLambda,
    double entropy,
    double valueCoefficient,
    double maxGradientNorm,
    int[] hidden,
    boolean warmStart,
    int shards,
    String device,
    String policyNet,
    double pfsp) {

  static final Set<String> KEYS =
      Set.of(
          "br_steps",
          "num_envs",
          "rollout_steps",
          "epochs",
          "minibatch",
          "lr",
          "clip",
          "gamma",
          "gae_lambda",
          "entropy",
          "value_coef",
          "max_grad_norm",
          "hidden",
          "warm_start",
          "shards",
          "device",
          "policy_net",
          "pfsp");

  /** The network kinds {@code policy_net} accepts. */
  static final java.util.List<String> POLICY_NETS = java.util.List.of("mlp", "lstm", "gru", "conv");

  public PpoSettings {
    if (!POLICY_NETS.contains(policyNet)) {
      throw new IllegalArgumentException(
          "policy_net=" + policyNet + " is not one of " + String.join(", ", POLICY_NETS));
    }
  }

  /** Whether the policy is recurrent. */
  public boolean recurrent() {
    return policyNet.equals("lstm") || policyNet.equals("gru");
  }

  /** Defaults overridden by {@code options}; unknown keys are rejected. */
  public static PpoSettings fromOptions(Map<String, String> options) {
    OracleOptions o = new OracleOptions("ppo", options, KEYS);
    return new PpoSettings(
        o.getLong("br_steps", 100_000, 1),
        o.getInt("num_envs", 128, 2),
        o.getInt("rollout_steps", 1024, 1),
        o.getInt("epochs", 4, 1),
        o.getInt("minibatch", 128, 1),
        o.getDouble("lr", 3e-3, 1e-7, 1),
        o.getDouble("clip", 0.2, 0, 10),
        o.getDouble("gamma", 1.0, 0, 1),
        o.getDouble("gae_lambda", 0.95, 0, 1),
        o.getDouble("entropy", 0.01, 0, 10),
        o.getDouble("value_coef", 0.5, 0, 100),
        o.getDouble("max_grad_norm", 0.5, 0, 1e9),
        o.getSizes("hidden", new int[] {64, 64}),
        o.getBoolean("warm_start", true),
        o.getInt("shards", 2, 1),
        o.getString("device", "cpu"),
        o.getString("policy_net", "mlp"),
        o.getDouble("pfsp", 0, 0, 10));
  }
}
