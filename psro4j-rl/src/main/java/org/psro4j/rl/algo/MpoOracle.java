package org.psro4j.rl.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.TrainingSession;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.ThreadGradients;
import org.psro4j.rl.rollout.Trajectories;

/**
 * Maximum a posteriori policy optimisation for discrete actions (Abdolmaleki et al., "Maximum a
 * Posteriori Policy Optimisation", ICLR 2018), on-policy: per rollout a Q-network is regressed on
 * Monte-Carlo returns, the E-step reweights the old policy by {@code exp(Q/η)} with η from the dual
 * of the KL bound ε ({@link MpoEStep}), and the M-step fits the policy network to it with a penalty
 * λ·KL(π_old ‖ π). The budget is {@code br_steps} environment steps; the value reported is the mean
 * return of the last rollout. A best response is an {@link MpoSession} run to the budget.
 */
public final class MpoOracle implements LearningOracle {

  private final MpoSettings settings;

  /** An oracle with these settings. */
  public MpoOracle(MpoSettings settings) {
    this.settings = settings;
  }

  /** An oracle from string options (see {@link MpoSettings}). */
  public static MpoOracle fromOptions(Map<String, String> options) {
    return new MpoOracle(MpoSettings.fromOptions(options));
  }

  @Override
  public Map<String, Object> resolvedOptions() {
    return RecordMaps.of(settings);
  }

  @Override
  public String name() {
    return "mpo";
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
    return new MpoSession(task, settings);
  }

  /** Regresses Q(s, a) on the Monte-Carlo return of each transition. */
  static void fitCritic(
      MpoSettings settings,
      MlpNetwork critic,
      Adam optimizer,
      Trajectories t,
      SplittableRandom random) {
    int n = t.size();
    float[] returns = new float[n];
    double g = 0;
    for (int i = n - 1; i >= 0; i--) {
      g = t.rewards()[i] + (t.done()[i] ? 0 : g);
      returns[i] = (float) g;
    }
    int in = t.observationSize();
    int numActions = t.numActions();
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      int[] order = Networks.permutation(n, random);
      for (int from = 0; from < n; from += settings.minibatch()) {
        int rows = Math.min(settings.minibatch(), n - from);
        Minibatch b = Minibatch.gather(t, order, from, rows);
        float[] y = new float[rows];
        for (int r = 0; r < rows; r++) {
          y[r] = returns[order[from + r]];
        }
        try (NDManager scope = critic.manager().newSubManager();
            ThreadGradients collector = ThreadGradients.record()) {
          NDArray q =
              critic
                  .forward(scope.create(b.observations(), new Shape(rows, in)))
                  .mul(scope.create(b.oneHotActions(), new Shape(rows, numActions)))
                  .sum(new int[] {1});
          collector.backward(q.sub(scope.create(y)).square().mean());
        }
        optimizer.step();
      }
    }
  }

  /** E-step on the rollout's states, then M-step minibatches. */
  static void improvePolicy(
      MpoSettings settings,
      MlpNetwork policy,
      MlpNetwork critic,
      Adam optimizer,
      Trajectories t,
      SplittableRandom random) {
    int n = t.size();
    int in = t.observationSize();
    int numActions = t.numActions();
    float[] logits = policy.predict(t.observations(), n);
    float[] old = new float[n * numActions];
    for (int r = 0; r < n; r++) {
      int o = r * numActions;
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < numActions; k++) {
        if (t.masks()[o + k] > 0) {
          max = Math.max(max, logits[o + k]);
        }
      }
      double sum = 0;
      for (int k = 0; k < numActions; k++) {
        if (t.masks()[o + k] > 0) {
          sum += Math.exp(logits[o + k] - max);
        }
      }
      for (int k = 0; k < numActions; k++) {
        old[o + k] = t.masks()[o + k] > 0 ? (float) (Math.exp(logits[o + k] - max) / sum) : 0f;
      }
    }
    float[] q = critic.predict(t.observations(), n);
    float[] target = MpoEStep.improvedPolicy(old, q, t.masks(), n, numActions, settings.epsilon());
    float lambda = (float) settings.klWeight();
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      int[] order = Networks.permutation(n, random);
      for (int from = 0; from < n; from += settings.minibatch()) {
        int rows = Math.min(settings.minibatch(), n - from);
        Minibatch b = Minibatch.gather(t, order, from, rows);
        // Cross-entropy to q plus λ·KL(π_old ‖ π): both are -Σ w log π, with w = q + λ π_old.
        float[] weights = new float[rows * numActions];
        for (int r = 0; r < rows; r++) {
          int i = order[from + r];
          for (int k = 0; k < numActions; k++) {
            weights[r * numActions + k] =
                target[i * numActions + k] + lambda * old[i * numActions + k];
          }
        }
        try (NDManager scope = policy.manager().newSubManager();
            ThreadGradients collector = ThreadGradients.record()) {
          NDArray logSoftmax =
              policy
                  .forward(scope.create(b.observations(), new Shape(rows, in)))
                  .add(scope.create(b.maskPenalty(), new Shape(rows, numActions)))
                  .logSoftmax(1);
          NDArray loss =
              logSoftmax
                  .mul(scope.create(weights, new Shape(rows, numActions)))
                  .sum(new int[] {1})
                  .neg()
                  .mean();
          collector.backward(loss);
        }
        optimizer.step();
      }
    }
  }
}
