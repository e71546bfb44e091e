package org.psro4j.cfr;

import org.psro4j.exact.NashConvResult;
import org.psro4j.policy.TabularPolicy;

/**
 * What a CFR run produced: the average policy (the one that converges to equilibrium in two-player
 * zero-sum games) and its exact NashConv.
 *
 * @param options the CFR variant
 * @param iterations iterations run in total
 * @param averagePolicy the average policy over every information state
 * @param nashConv NashConv of the average policy, with each player's on-policy value
 */
public record CfrResult(
    CfrOptions options, int iterations, TabularPolicy averagePolicy, NashConvResult nashConv) {

  /** Each player's expected return under the average policy. */
  public double[] values() {
    return nashConv.onPolicyValues();
  }
}
