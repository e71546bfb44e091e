package org.psro4j.random;

import java.util.SplittableRandom;
import org.psro4j.game.ChanceOutcome;

/** Draws from discrete distributions: one uniform number, inverted through the running sum. */
public final class Sampling {

  private Sampling() {}

  /**
   * An index drawn with the given probabilities (non-negative, summing to about 1); if rounding
   * leaves the draw past the sum, the last index of positive probability.
   */
  public static int index(double[] probabilities, SplittableRandom random) {
    double u = random.nextDouble();
    double acc = 0;
    int last = 0;
    for (int i = 0; i < probabilities.length; i++) {
      if (probabilities[i] > 0) {
        acc += probabilities[i];
        last = i;
        if (u < acc) {
          return i;
        }
      }
    }
    return last;
  }

  /** A chance action drawn from a chance node's outcomes. */
  public static int chance(ChanceOutcome[] outcomes, SplittableRandom random) {
    double u = random.nextDouble();
    double acc = 0;
    int last = outcomes[outcomes.length - 1].action();
    for (ChanceOutcome o : outcomes) {
      if (o.probability() > 0) {
        acc += o.probability();
        last = o.action();
        if (u < acc) {
          return o.action();
        }
      }
    }
    return last;
  }
}
