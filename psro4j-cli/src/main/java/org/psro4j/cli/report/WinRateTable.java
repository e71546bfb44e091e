package org.psro4j.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table of a team run's win rates: for every iteration, the newest learned policy's share of
 * games won against each bot (columns {@code win_BOT} and {@code win_BOT_se} of metrics.csv), ± one
 * standard error. Nothing when the run has no such columns.
 */
final class WinRateTable {

  private static final String PREFIX = "win_";

  private WinRateTable() {}

  static void append(StringBuilder h, MetricsTable metrics) {
    if (metrics == null) {
      return;
    }
    List<String> bots = new ArrayList<>();
    for (String column : metrics.header()) {
      if (column.startsWith(PREFIX) && !column.endsWith("_se")) {
        bots.add(column.substring(PREFIX.length()));
      }
    }
    double[] iterations = metrics.column("iteration");
    if (bots.isEmpty() || iterations == null) {
      return;
    }
    h.append("<h2>Win rates against the bots</h2>\n<p class=\"note\">The newest learned policy on")
        .append(" every seat of its team against a team of each bot, half the games as each")
        .append(" colour: share of games won ± one standard error (draws count as not won).</p>\n")
        .append("<table id=\"win-rates\"><thead><tr><th>iteration</th>");
    for (String bot : bots) {
      h.append("<th>").append(ReportHtml.esc(bot)).append("</th>");
    }
    h.append("</tr></thead><tbody>\n");
    List<double[]> rates = new ArrayList<>();
    List<double[]> errors = new ArrayList<>();
    for (String bot : bots) {
      rates.add(metrics.column(PREFIX + bot));
      double[] se = metrics.column(PREFIX + bot + "_se");
      errors.add(se != null ? se : new double[iterations.length]);
    }
    for (int r = 0; r < iterations.length; r++) {
      if (Double.isNaN(rates.getFirst()[r])) {
        continue;
      }
      h.append("<tr><td>").append((long) iterations[r]).append("</td>");
      for (int b = 0; b < bots.size(); b++) {
        h.append("<td>")
            .append(String.format(Locale.ROOT, "%.3f ± %.3f", rates.get(b)[r], errors.get(b)[r]))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
  }
}
