package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ZeroSumInteriorPoint#pathEnd}: the point where the barrier path of ZeroSumCentre ends. */
class ZeroSumPathEndTest {

  /**
   * The 4x4 meta-game of exact PSRO on Leduc poker after three iterations (uniform policy first),
   * with the answer the log-barrier path gave at commit 148b74e: a pure saddle point on the last
   * strategies and the other strategies weighted mu/z_i.
   */
  @Test
  void leducMetaGameAfterThreeIterationsGetsTheBarrierPathsWeights() {
    double[][] a = {
      {-0.07812500000000518, -2.659722222222243, -2.181944444444452, -1.396527777777776},
      {2.087499999999998, 0.0999999999999984, -3.733333333333338, -3.2000000000000037},
      {1.341666666666668, 3.100000000000001, 0.3666666666666673, -3.666666666666668},
      {1.4458333333333329, 1.8333333333333344, 3.6666666666666687, -0.2666666666666674}
    };
    ZeroSumInteriorPoint.Solution s = ZeroSumInteriorPoint.pathEnd(a);
    double[] row = {9.391217559503929e-14, 3.6173084681152727e-14, 3.120815148962449e-14};
    double[] column = {6.196070496737804e-14, 5.052747964603012e-14, 2.6976535743223987e-14};
    for (int i = 0; i < 3; i++) {
      assertThat(s.row()[i]).isCloseTo(row[i], within(1e-6 * row[i]));
      assertThat(s.column()[i]).isCloseTo(column[i], within(1e-6 * column[i]));
    }
    assertThat(s.row()[3]).isCloseTo(1, within(1e-12));
  }

  /**
   * On random games (unique equilibria) the support weights are the equilibrium's, as the barrier
   * path gives them, and every other strategy has weight mu/z_i for its shortfall z_i.
   */
  @Test
  void randomGamesGetTheCentreAndMuOverShortfallOffTheSupport() {
    SplittableRandom random = new SplittableRandom(3);
    for (int k : new int[] {3, 8, 20, 40, 90}) {
      double[][] a = new double[k][k + 3];
      for (double[] r : a) {
        for (int j = 0; j < r.length; j++) {
          r[j] = 5 * random.nextDouble(-1, 1);
        }
      }
      ZeroSumInteriorPoint.Solution s = ZeroSumInteriorPoint.pathEnd(a);
      double[] centre = ZeroSumCentre.maximin(a);
      double[] ay = Products.times(a, s.column());
      double best = Arrays.stream(ay).max().orElseThrow();
      double mu = CentralPathEnd.mu(k, k + 3) * maxAbs(a);
      for (int i = 0; i < k; i++) {
        double shortfall = best - ay[i];
        if (shortfall > 1e-6) {
          assertThat(s.row()[i])
              .as("%d: %d", k, i)
              .isCloseTo(mu / shortfall, within(1e-6 * mu / shortfall));
        } else {
          assertThat(s.row()[i]).as("%d: %d", k, i).isCloseTo(centre[i], within(1e-9));
        }
      }
    }
  }

  private static double maxAbs(double[][] a) {
    double m = 0;
    for (double[] r : a) {
      for (double v : r) {
        m = Math.max(m, Math.abs(v));
      }
    }
    return m;
  }
}
