package org.psro4j.cli.run;

import java.util.Arrays;
import java.util.Locale;
import org.psro4j.psro.IterationResult;

/**
 * The console line of one Pipeline PSRO promotion (McAleer et al. 2020), the same for the thread
 * engine and a cluster's manager: the row, each player's support in the fixed meta-strategy, the
 * exact NashConv ({@code -} where the game cannot be walked), the run's episodes so far and its
 * wall time.
 */
public final class PromotionLine {

  private PromotionLine() {}

  /** The line of {@code r}, with {@code episodes} the run's oracle episodes up to it. */
  public static String of(IterationResult r, long episodes) {
    StringBuilder support = new StringBuilder();
    for (double[] m : r.marginals()) {
      long n = Arrays.stream(m).filter(x -> x > 0).count();
      support.append(support.isEmpty() ? "" : "+").append(n);
    }
    return String.format(
        Locale.ROOT,
        "promotion %3d  support %-7s nash_conv %-10s episodes %-10d %8.1f s",
        r.iteration(),
        support,
        gap(r.exactGap()),
        episodes,
        r.wallSeconds());
  }

  /** An exact gap to four significant digits, {@code -} when there is none. */
  public static String gap(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4g", v);
  }
}
