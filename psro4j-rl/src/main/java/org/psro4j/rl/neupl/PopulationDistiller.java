package org.psro4j.rl.neupl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.Scalars;
import org.psro4j.rl.nn.ThreadGradients;

/**
 * Steps 2 and 3 of NeuPL-JPSRO's iteration (Liu et al., AAMAS 2024, Algorithm 2) as one loss
 * minimised with Adam: {@code w_d · KL(π_BR ‖ Π_θ(·|s, ν_new))} on the best response's states plus
 * {@code w_r · KL(Π_θ̂(·|s, ν̂) ‖ Π_θ(·|s, ν))} over the existing members on the population's own
 * states, each a mean over its rows. Every gradient step draws {@code batch} rows of each kind with
 * replacement. With a recurrent core the rows' whole observation sequences are run and
 * backpropagated through ({@link SequenceBatch}). Owns its optimiser (whose moments a checkpoint
 * saves); not thread-safe.
 */
public final class PopulationDistiller {

  private static final float ILLEGAL = -1e9f;

  private final PopulationNetwork network;
  private final NeuplSettings settings;
  private final Adam adam;
  private long skippedSteps;

  /** A distiller training {@code network} with {@code settings}' weights and learning rate. */
  public PopulationDistiller(PopulationNetwork network, NeuplSettings settings) {
    this.network = network;
    this.settings = settings;
    this.adam = new Adam(network.parameters(), settings.learningRate(), 1.0);
  }

  /** The optimiser (its moments and update count are part of a checkpoint). */
  public Adam optimizer() {
    return adam;
  }

  /**
   * Gradient steps dropped so far because their loss or gradient was not finite (the step is not
   * applied). With the constants of the loss owned by libtorch ({@link Scalars}) none was seen.
   */
  public long skippedSteps() {
    return skippedSteps;
  }

  /** Mean KLs of the two losses. */
  public record Losses(double distillation, double regularisation) {}

  /**
   * Runs {@code steps} gradient steps on the rows, counts one more version of θ, and returns the
   * mean KLs over all rows afterwards (NaN for an empty kind).
   */
  public Losses train(
      DistillationRows distill, DistillationRows regularise, int steps, SplittableRandom random) {
    int skippedHere = 0;
    for (int step = 0; step < steps; step++) {
      boolean finite;
      try (NDManager scope = network.mlp().manager().newSubManager();
          ThreadGradients collector = ThreadGradients.record()) {
        NDArray loss = null;
        boolean useDistill = distill.size() > 0 && settings.distillWeight() > 0;
        boolean useReg = regularise.size() > 0 && settings.regularisationWeight() > 0;
        int[] pickDistill = useDistill ? sample(distill, random) : null;
        int[] pickReg = useReg ? sample(regularise, random) : null;
        // With a recurrent core both kinds of rows share one pass of the core.
        SequenceBatch batch = network.spec().recurrent() ? new SequenceBatch(network, scope) : null;
        int groupDistill = batch != null && useDistill ? batch.add(distill, pickDistill) : -1;
        int groupReg = batch != null && useReg ? batch.add(regularise, pickReg) : -1;
        if (useDistill) {
          loss =
              Scalars.times(
                  klLoss(scope, distill, pickDistill, batch, groupDistill),
                  settings.distillWeight());
        }
        if (useReg) {
          NDArray reg =
              Scalars.times(
                  klLoss(scope, regularise, pickReg, batch, groupReg),
                  settings.regularisationWeight());
          loss = loss == null ? reg : loss.add(reg);
        }
        if (loss == null) {
          break;
        }
        finite = Float.isFinite(loss.getFloat());
        if (finite) {
          collector.backward(loss);
        }
      }
      // A non-finite gradient would make every parameter NaN through Adam's norm clipping.
      if (!finite) {
        adam.zeroGradients();
      }
      if (!finite || !adam.stepIfFinite()) {
        skippedSteps++;
        skippedHere++;
      }
    }
    if (steps > 0 && skippedHere == steps) {
      throw new IllegalStateException(
          "every one of "
              + steps
              + " distillation steps had a non-finite loss or gradient; lower the neupl option lr"
              + " (now "
              + settings.learningRate()
              + ")");
    }
    network.advanceVersion();
    return losses(distill, regularise);
  }

  private Losses losses(DistillationRows distill, DistillationRows regularise) {
    return new Losses(meanKl(distill), meanKl(regularise));
  }

  private int[] sample(DistillationRows rows, SplittableRandom random) {
    int[] pick = new int[settings.batch()];
    for (int i = 0; i < pick.length; i++) {
      pick[i] = random.nextInt(rows.size());
    }
    return pick;
  }

  /**
   * The mean over {@code pick} of KL(target ‖ Π_θ(·|s, ν_row)); with a recurrent core the rows are
   * group {@code group} of {@code batch}.
   */
  private NDArray klLoss(
      NDManager scope, DistillationRows rows, int[] pick, SequenceBatch batch, int group) {
    int n = pick.length;
    int in = rows.observationSize();
    int a = rows.numActions();
    float[] obs = new float[n * in];
    float[] mask = new float[n * a];
    float[] target = new float[n * a];
    int[] players = new int[n];
    int[] indices = new int[n];
    for (int i = 0; i < n; i++) {
      rows.copyRow(pick[i], i, obs, mask, target);
      players[i] = rows.player(pick[i]);
      indices[i] = rows.index(pick[i]);
    }
    double negEntropy = 0;
    float[] penalty = new float[n * a];
    for (int j = 0; j < penalty.length; j++) {
      penalty[j] = mask[j] > 0 ? 0f : ILLEGAL;
      if (target[j] > 0) {
        negEntropy += target[j] * Math.log(target[j]);
      }
    }
    NDArray strategies = network.oneHot(scope, players, indices);
    NDArray raw =
        batch != null
            ? network.mlp().forward(batch.features(group), strategies)
            : network.forward(scope.create(obs, new Shape(n, in)), strategies);
    NDArray logits = raw.add(scope.create(penalty, new Shape(n, a)));
    NDArray crossEntropy =
        logits.logSoftmax(1).mul(scope.create(target, new Shape(n, a))).sum().neg();
    return Scalars.over(crossEntropy.add((float) negEntropy), n);
  }

  /** The mean KL(target ‖ Π_θ) over every row, without gradients (NaN for no rows). */
  public double meanKl(DistillationRows rows) {
    if (rows.size() == 0) {
      return Double.NaN;
    }
    DjlRuntime.inferenceMode();
    double total = 0;
    int chunk = 1024;
    for (int from = 0; from < rows.size(); from += chunk) {
      int n = Math.min(chunk, rows.size() - from);
      int[] pick = new int[n];
      for (int i = 0; i < n; i++) {
        pick[i] = from + i;
      }
      try (NDManager scope = network.mlp().manager().newSubManager()) {
        SequenceBatch batch = network.spec().recurrent() ? new SequenceBatch(network, scope) : null;
        int group = batch != null ? batch.add(rows, pick) : -1;
        total += klLoss(scope, rows, pick, batch, group).getFloat() * n;
      }
    }
    return total / rows.size();
  }
}
