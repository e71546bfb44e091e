package org.psro4j.analysis;

/**
 * The effective number of strategies a distribution uses: exp of its Shannon entropy (the Hill
 * number of order 1; Hill 1973). A uniform distribution over k strategies has k; a pure one has 1.
 */
public final class EffectiveSupport {

  private EffectiveSupport() {}

  /** exp(−Σ p log p) of {@code probabilities} (non-negative; normalised here). */
  public static double of(double[] probabilities) {
    double total = 0;
    for (double p : probabilities) {
      if (!(p >= 0) || Double.isInfinite(p)) {
        throw new IllegalArgumentException("probability " + p + " is not a finite value >= 0");
      }
      total += p;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("probabilities sum to " + total + ", not a distribution");
    }
    double entropy = 0;
    for (double p : probabilities) {
      double q = p / total;
      if (q > 0) {
        entropy -= q * Math.log(q);
      }
    }
    return Math.exp(entropy);
  }
}
