package org.psro4j.rl.algo;

import java.util.Map;
import java.util.Set;

/**
 * Settings of {@link DqnOracle}; every field is an oracle option of the same name in snake case.
 *
 * @param brSteps environment steps (all players' moves) per best response ({@code br_steps})
 * @param numEnvs games played at once ({@code num_envs})
 * @param rolloutSteps environment steps collected between rounds of updates ({@code rollout_steps})
 * @param replayRatio gradient steps per collected learner transition, times the batch size ({@code
 *     replay_ratio}: 1 means every transition is replayed about once per collection)
 * @param batchSize transitions per gradient step ({@code batch})
 * @param bufferSize replay capacity in transitions ({@code buffer})
 * @param learningRate Adam step size ({@code lr})
 * @param learningRateEnd Adam step size at the end of the budget, reached by a linear decay from
 *     {@code lr} ({@code lr_end}; by default {@code lr}, a constant step size)
 * @param gamma discount ({@code gamma})
 * @param targetUpdate gradient steps between target-network copies ({@code target_update})
 * @param loss the regression loss on the TD error δ = Q(s, a) − y ({@code loss}): {@code mse}, the
 *     mean of δ² (the default), or {@code huber}, the mean of δ²/2 where |δ| ≤ 1 and |δ| − 1/2
 *     elsewhere (smooth L1: Mnih et al. 2015 clip the error's gradient to [−1, 1]; OpenSpiel's DQN
 *     offers it as {@code loss_str=huber}). With δ's threshold at 1 it is nearly an absolute error
 *     on returns as wide as Leduc's (±13), fitting a median rather than a mean
 * @param nStep transitions summed into a target ({@code n_step}): {@code y = r_t + γ r_{t+1} + … +
 *     γ^{n−1} r_{t+n−1} + γ^n Q_target(s_{t+n}, ·)}, cut at the episode's end (n-step returns,
 *     Sutton and Barto 2018 ch. 7, as in Rainbow, Hessel et al. 2018); 1, the default, is one-step
 *     Q-learning
 * @param epsilonStart exploration at the start ({@code epsilon_start})
 * @param epsilonEnd exploration at the end of the decay ({@code epsilon_end})
 * @param epsilonDecay fraction of the budget over which ε decays linearly ({@code epsilon_decay})
 * @param hidden hidden layer sizes ({@code hidden})
 * @param warmStart start from the task's warm-start policy when it fits ({@code warm_start})
 * @param shards rollout threads ({@code shards})
 * @param device {@code cpu} or {@code gpu} ({@code device})
 */
public record DqnSettings(
    long brSteps,
    int numEnvs,
    int rolloutSteps,
    double replayRatio,
    int batchSize,
    int bufferSize,
    double learningRate,
    double learningRateEnd,
    double gamma,
    int targetUpdate,
    String loss,
    int nStep,
    double epsilonStart,
    double epsilonEnd,
    double epsilonDecay,
    int[] hidden,
    boolean warmStart,
    int shards,
    String device) {

  static final Set<String> KEYS =
      Set.of(
          "br_steps",
          "num_envs",
          "rollout_steps",
          "replay_ratio",
          "batch",
          "buffer",
          "lr",
          "lr_end",
          "gamma",
          "target_update",
          "loss",
          "n_step",
          "epsilon_start",
          "epsilon_end",
          "epsilon_decay",
          "hidden",
          "warm_start",
          "shards",
          "device");

  /** Whether the loss is Huber's rather than the squared error. */
  boolean huber() {
    return loss.equals("huber");
  }

  /** Defaults overridden by {@code options}; unknown keys are rejected. */
  public static DqnSettings fromOptions(Map<String, String> options) {
    OracleOptions o = new OracleOptions("dqn", options, KEYS);
    double lr = o.getDouble("lr", 5e-4, 1e-7, 1);
    double lrEnd = o.getDouble("lr_end", lr, 1e-9, 1);
    if (lrEnd > lr) {
      throw new IllegalArgumentException(
          "lr_end=" + lrEnd + " must not exceed lr=" + lr + " (oracle dqn)");
    }
    String loss = o.getString("loss", "mse");
    if (!loss.equals("mse") && !loss.equals("huber")) {
      throw new IllegalArgumentException("loss=" + loss + " is not mse or huber (oracle dqn)");
    }
    return new DqnSettings(
        o.getLong("br_steps", 100_000, 1),
        o.getInt("num_envs", 64, 2),
        o.getInt("rollout_steps", 1024, 1),
        o.getDouble("replay_ratio", 16.0, 0, 1000),
        o.getInt("batch", 256, 1),
        o.getInt("buffer", 50_000, 1),
        lr,
        lrEnd,
        o.getDouble("gamma", 1.0, 0, 1),
        o.getInt("target_update", 500, 1),
        loss,
        o.getInt("n_step", 1, 1),
        o.getDouble("epsilon_start", 1.0, 0, 1),
        o.getDouble("epsilon_end", 0.02, 0, 1),
        o.getDouble("epsilon_decay", 0.5, 1e-9, 1),
        o.getSizes("hidden", new int[] {64, 64}),
        o.getBoolean("warm_start", true),
        o.getInt("shards", 2, 1),
        o.getString("device", "cpu"));
  }
}
