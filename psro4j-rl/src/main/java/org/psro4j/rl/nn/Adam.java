package org.psro4j.rl.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Adam (Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015) over a network's
 * raw parameters, with gradients clipped to a global L2 norm first. Gradients accumulate in
 * libtorch, so {@link #step()} zeroes them after the update. Not thread-safe.
 */
public final class Adam {

  private final List<NDArray> parameters;
  private final List<NDArray> firstMoments = new ArrayList<>();
  private final List<NDArray> secondMoments = new ArrayList<>();
  private final float learningRate;
  private final float maxGradientNorm;
  private final float beta1;
  private final float beta2 = 0.999f;
  private final float epsilon = 1e-8f;
  private int t;
  private float rateScale = 1f;

  /**
   * An optimiser for {@code network}, whose parameters it turns gradient tracking on for.
   *
   * @param network the network to train
   * @param learningRate the step size
   * @param maxGradientNorm the global gradient norm clip ({@code <= 0}: no clipping)
   */
  public Adam(MlpNetwork network, double learningRate, double maxGradientNorm) {
    this(requireGradients(network), learningRate, maxGradientNorm);
  }

  /**
   * An optimiser for raw {@code parameters}, whose gradient tracking it turns on.
   *
   * @param parameters the arrays to train
   * @param learningRate the step size
   * @param maxGradientNorm the global gradient norm clip ({@code <= 0}: no clipping)
   */
  public Adam(List<NDArray> parameters, double learningRate, double maxGradientNorm) {
    this(parameters, learningRate, maxGradientNorm, 0.9);
  }

  /**
   * An optimiser for raw {@code parameters} with first-moment decay {@code beta1} (0.9 is Adam's
   * default; CrossQ uses 0.5).
   *
   * @param parameters the arrays to train
   * @param learningRate the step size
   * @param maxGradientNorm the global gradient norm clip ({@code <= 0}: no clipping)
   * @param beta1 the first-moment decay, in {@code [0, 1)}
   */
  public Adam(List<NDArray> parameters, double learningRate, double maxGradientNorm, double beta1) {
    if (!(beta1 >= 0 && beta1 < 1)) {
      throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
    }
    this.beta1 = (float) beta1;
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
    }
    for (NDArray p : parameters) {
      p.setRequiresGradient(true);
    }
    this.parameters = List.copyOf(parameters);
    this.learningRate = (float) learningRate;
    this.maxGradientNorm = (float) maxGradientNorm;
    for (NDArray p : parameters) {
      firstMoments.add(p.getManager().zeros(p.getShape()));
      secondMoments.add(p.getManager().zeros(p.getShape()));
    }
  }

  private static List<NDArray> requireGradients(MlpNetwork network) {
    network.requireGradients();
    return network.parameters();
  }

  /**
   * Scales the step size of the following updates by {@code scale} (a schedule such as a linear
   * decay; the scale is not part of the saved state, so callers set it from their own progress).
   */
  public void setRateScale(double scale) {
    if (!(scale > 0 && scale <= 1)) {
      throw new IllegalArgumentException("rate scale must be in (0, 1], got " + scale);
    }
    this.rateScale = (float) scale;
  }

  /** Number of updates made. */
  public int updates() {
    return t;
  }

  /** The optimiser's state arrays: first moments, then second moments. */
  public List<NDArray> moments() {
    List<NDArray> all = new ArrayList<>(firstMoments);
    all.addAll(secondMoments);
    return all;
  }

  /** Sets the update count (restoring a saved optimiser, with its {@link #moments()}). */
  public void restoreUpdates(int updates) {
    if (updates < 0) {
      throw new IllegalArgumentException("updates must be non-negative, got " + updates);
    }
    t = updates;
  }

  /**
   * Zeroes the parameters' gradients (after a backward pass that should not train them), also
   * gradients that are not finite ({@code g - g} would leave a NaN there for the next step).
   */
  public void zeroGradients() {
    DjlRuntime.inferenceMode();
    for (NDArray p : parameters) {
      JniUtils.zeroGrad((PtNDArray) p);
    }
  }

  /** Applies one update from the accumulated gradients, then zeroes them. */
  public void step() {
    update(false);
  }

  /**
   * Applies one update as {@link #step()} does when the gradients' global norm is finite and
   * returns true; otherwise zeroes the gradients, leaves parameters, moments and step count alone
   * and returns false (a NaN or infinite gradient would make every parameter NaN through the norm).
   */
  public boolean stepIfFinite() {
    return update(true);
  }

  private boolean update(boolean requireFinite) {
    DjlRuntime.inferenceMode();
    try (NDScope scope = new NDScope()) {
      List<NDArray> gradients = new ArrayList<>(parameters.size());
      double squares = 0;
      for (NDArray p : parameters) {
        NDArray g = p.getGradient();
        gradients.add(g);
        squares += g.square().sum().getFloat();
      }
      if (requireFinite && !Double.isFinite(squares)) {
        zeroGradients();
        return false;
      }
      t++;
      float scale = 1f;
      double norm = Math.sqrt(squares);
      if (maxGradientNorm > 0 && norm > maxGradientNorm) {
        scale = (float) (maxGradientNorm / norm);
      }
      float correction1 = 1f - (float) Math.pow(beta1, t);
      float correction2 = 1f - (float) Math.pow(beta2, t);
      float stepSize = learningRate * rateScale * (float) Math.sqrt(correction2) / correction1;
      for (int i = 0; i < parameters.size(); i++) {
        NDArray g = gradients.get(i);
        if (scale != 1f) {
          g.muli(scale);
        }
        NDArray m = firstMoments.get(i);
        NDArray v = secondMoments.get(i);
        m.muli(beta1).addi(g.mul(1f - beta1));
        v.muli(beta2).addi(g.square().muli(1f - beta2));
        parameters.get(i).subi(m.div(v.sqrt().addi(epsilon)).muli(stepSize));
        g.subi(g);
      }
    }
    return true;
  }
}
