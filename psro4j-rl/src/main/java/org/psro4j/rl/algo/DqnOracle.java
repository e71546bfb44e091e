package org.psro4j.rl.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.TrainingSession;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.ThreadGradients;

/**
 * Deep Q-learning (Mnih et al., Nature 2015) with experience replay and a target network, and
 * double-Q targets (van Hasselt, Guez and Silver, "Deep Reinforcement Learning with Double
 * Q-learning", AAAI 2016): {@code y = r + γ Q_target(s', argmax_{a' legal} Q(s', a'))}, or over
 * {@code n_step} rewards {@code y = r_t + … + γ^{n−1} r_{t+n−1} + γ^n Q_target(s_{t+n}, ·)}, fit by
 * the squared or Huber loss ({@code loss}). Acts ε-greedily on {@link
 * org.psro4j.rl.rollout.VectorRollouts}; the best response is the greedy policy over legal actions.
 * The budget is {@code br_steps} environment steps; the value reported is the mean return of the
 * last rollout. Every best response ({@link DqnSession}) starts from an empty replay buffer, so the
 * oracle keeps no state between tasks.
 */
public final class DqnOracle implements LearningOracle {

  private final DqnSettings settings;

  /** An oracle with these settings. */
  public DqnOracle(DqnSettings settings) {
    this.settings = settings;
  }

  /** An oracle from string options (see {@link DqnSettings}). */
  public static DqnOracle fromOptions(Map<String, String> options) {
    return new DqnOracle(DqnSettings.fromOptions(options));
  }

  @Override
  public Map<String, Object> resolvedOptions() {
    return RecordMaps.of(settings);
  }

  @Override
  public String name() {
    return "dqn";
  }

  @Override
  public void checkSupports(Game game) {
    ObservationSpec.of(game);
  }

  @Override
  public long budget() {
    return settings.brSteps();
  }

  @Override
  public TrainingSession start(BestResponseTask task) {
    return new DqnSession(task, settings);
  }

  /** One double-Q regression step on {@code b}. */
  static void update(
      DqnSettings settings,
      MlpNetwork online,
      MlpNetwork target,
      Adam optimizer,
      ReplayBuffer.Batch b) {
    int n = b.size();
    int in = online.inputSize();
    int numActions = online.outputSize();
    float[] next = b.nextObservations();
    float[] y =
        targets(
            b,
            online.predict(next, n),
            target.predict(next, n),
            numActions,
            Math.pow(settings.gamma(), settings.nStep()));
    float[] oneHot = new float[n * numActions];
    for (int r = 0; r < n; r++) {
      oneHot[r * numActions + b.actions()[r]] = 1f;
    }
    float[] obs = b.observations();
    try (NDManager scope = online.manager().newSubManager();
        ThreadGradients collector = ThreadGradients.record()) {
      NDArray q =
          online
              .forward(scope.create(obs, new Shape(n, in)))
              .mul(scope.create(oneHot, new Shape(n, numActions)))
              .sum(new int[] {1});
      collector.backward(loss(q, scope.create(y), settings.huber()));
    }
    optimizer.step();
  }

  /**
   * Double-Q targets of {@code b}: {@code y = r + bootstrapDiscount · qTarget(s', argmax_{a' legal}
   * qOnline(s', a'))}, with no bootstrap where the row ended its episode ({@code bootstrapDiscount}
   * is γ^n for n-step rows).
   */
  static float[] targets(
      ReplayBuffer.Batch b,
      float[] qOnline,
      float[] qTarget,
      int numActions,
      double bootstrapDiscount) {
    int n = b.size();
    float[] nextMasks = b.nextMasks();
    float[] y = new float[n];
    for (int r = 0; r < n; r++) {
      double bootstrap = 0;
      if (!b.done()[r]) {
        int best = -1;
        for (int a = 0; a < numActions; a++) {
          if (nextMasks[r * numActions + a] > 0
              && (best < 0 || qOnline[r * numActions + a] > qOnline[r * numActions + best])) {
            best = a;
          }
        }
        bootstrap = best < 0 ? 0 : qTarget[r * numActions + best];
      }
      y[r] = (float) (b.rewards()[r] + bootstrapDiscount * bootstrap);
    }
    return y;
  }

  /**
   * The mean regression loss of {@code q} on {@code y}: of δ² for the squared error, of δ²/2 where
   * |δ| ≤ 1 and |δ| − 1/2 elsewhere for Huber's (δ = q − y).
   */
  static NDArray loss(NDArray q, NDArray y, boolean huber) {
    NDArray delta = q.sub(y);
    if (!huber) {
      return delta.square().mean();
    }
    NDArray abs = delta.abs();
    NDArray quadratic = abs.minimum(1f);
    return quadratic.square().mul(0.5f).add(abs.sub(quadratic)).mean();
  }
}
