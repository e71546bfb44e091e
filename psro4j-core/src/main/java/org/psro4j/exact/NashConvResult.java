package org.psro4j.exact;

/**
 * NashConv of a profile (Lanctot et al. 2017): the sum over players of what a best response gains
 * over the profile, with the parts it is made of.
 *
 * @param nashConv sum over players of {@code bestResponseValues[p] - onPolicyValues[p]}
 * @param bestResponseValues each player's best-response value against the others' policies
 * @param onPolicyValues each player's expected return under the profile itself
 */
public record NashConvResult(
    double nashConv, double[] bestResponseValues, double[] onPolicyValues) {

  public NashConvResult {
    bestResponseValues = bestResponseValues.clone();
    onPolicyValues = onPolicyValues.clone();
  }

  /** Each player's best-response value (a copy). */
  @Override
  public double[] bestResponseValues() {
    return bestResponseValues.clone();
  }

  /** Each player's on-policy value (a copy). */
  @Override
  public double[] onPolicyValues() {
    return onPolicyValues.clone();
  }

  /** What each player gains by best responding: best-response value minus on-policy value. */
  public double[] gains() {
    double[] gains = new double[onPolicyValues.length];
    for (int p = 0; p < gains.length; p++) {
      gains[p] = bestResponseValues[p] - onPolicyValues[p];
    }
    return gains;
  }
}
