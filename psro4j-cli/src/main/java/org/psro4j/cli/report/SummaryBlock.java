package org.psro4j.cli.report;

import static org.psro4j.cli.report.ReportHtml.esc;

/** The summary grid at the top of report.html ({@code <dl id="summary">}). */
final class SummaryBlock {

  private SummaryBlock() {}

  static void append(
      StringBuilder h,
      RunSummary s,
      PopulationMeasures measures,
      PolicyRatings ratings,
      CfrReference reference,
      MetricsTable metrics) {
    h.append("<dl id=\"summary\">\n");
    item(h, "game", s.game(), true);
    item(h, "algorithm", s.algo(), false);
    item(h, "meta-solver / oracle", s.solver() + " / " + s.oracle(), false);
    String gap = s.gapColumn() == null ? "exact gap" : GapPlots.label(s.gapColumn());
    if (s.gapColumn() == null) {
      item(h, "exact gap", "not computed (game too large or --exact-gap false)", true);
    } else {
      item(h, "final " + gap, Numbers.sig(s.finalGap(), 4), false);
      item(
          h,
          "best " + gap,
          Numbers.sig(s.bestGap(), 4) + " at " + s.row() + " " + s.bestIteration(),
          false);
    }
    item(h, "meta-game gap (final)", Numbers.sig(s.finalMetaGap(), 2), false);
    item(h, "wall time", Numbers.duration(s.wallSeconds()), false);
    if ("pipeline".equals(s.algo())) {
      // Pipeline's --iterations counts the levels each player fixes; a row is one promotion,
      // which may fix more than one level, so the count is the levels fixed, not the rows.
      int players = s.populationSizes().length;
      item(
          h,
          "promotions",
          (s.policiesAdded() >= 0 ? s.policiesAdded() : s.iterations())
              + (s.budget() >= 0 && players > 0
                  ? " of " + (long) s.budget() * players + " (" + s.budget() + " levels a player)"
                  : ""),
          false);
    } else {
      item(h, "iterations", s.iterations() + (s.budget() >= 0 ? " of " + s.budget() : ""), false);
    }
    if (s.episodes() > 0) {
      item(h, "oracle episodes", Numbers.count(s.episodes()), false);
    }
    item(h, "population", joined(s.populationSizes()), false);
    item(
        h,
        "meta-game entries",
        s.entryEpisodes() > 0 ? "sampled, " + s.entryEpisodes() + " episodes each" : "exact",
        false);
    item(h, "stopped", s.stopExplanation(), true);
    if (measures != null) {
      item(h, "effective support exp(H)", joined(measures.effectiveSupport(), 3), false);
      item(
          h,
          "diversity (JS, bits)",
          measures.diversity() == null ? "–" : joined(measures.diversity(), 3),
          false);
      if (measures.klDiversity() != null) {
        item(h, "diversity (mean pairwise KL, nats)", joined(measures.klDiversity(), 3), false);
      }
    }
    int last = metrics.rows().size() - 1;
    for (String b : MeasurePlots.baselines(metrics)) {
      StringBuilder v = new StringBuilder();
      boolean sampled = false;
      for (int p = 0; metrics.column("vs_" + b + "_p" + p) != null; p++) {
        double mean = metrics.column("vs_" + b + "_p" + p)[last];
        double[] se = metrics.column("vs_" + b + "_p" + p + "_se");
        v.append(v.isEmpty() ? "" : " / ").append(Numbers.sig(mean, 3));
        if (se != null && se[last] > 0) {
          v.append(" ± ").append(Numbers.sig(se[last], 2));
          sampled = true;
        }
      }
      item(
          h, "payoff vs " + b + (sampled ? " (sampled, ± s.e.)" : " (exact)"), v.toString(), false);
    }
    double[] measured = metrics.column("measures_s");
    if (measured != null && last >= 0) {
      double spent = 0;
      for (double x : measured) {
        spent += Double.isFinite(x) ? x : 0;
      }
      double total = spent + s.wallSeconds();
      item(
          h,
          "per-iteration measures",
          Numbers.duration(spent)
              + (total > 0 ? " (" + Math.round(100 * spent / total) + "% of the run)" : ""),
          false);
    }
    if (ratings != null && Double.isFinite(ratings.eloError())) {
      item(
          h,
          "win-prob. error Elo / mElo",
          Numbers.sig(ratings.eloError(), 2) + " / " + Numbers.sig(ratings.meloError(), 2),
          true);
    }
    if (reference != null) {
      item(
          h,
          "CFR+ in the same time",
          "NashConv "
              + Numbers.sig(reference.finalNashConv(), 3)
              + " after "
              + Numbers.count(reference.finalIterations())
              + " iterations",
          true);
    }
    h.append("</dl>\n");
    StringBuilder notes = new StringBuilder();
    if (s.populationSizes().length > 1) {
      notes.append("Per-player values are listed player 0 / player 1 / …. ");
    }
    if (measures != null && !measures.note().isEmpty()) {
      notes.append("Diversity not shown: ").append(measures.note()).append(". ");
    } else if (measures != null) {
      notes
          .append("Diversity: mean pairwise Jensen–Shannon divergence of the members' action ")
          .append("distributions on states of ")
          .append(measures.episodes())
          .append(" episodes of the final meta-strategy (0 = identical, 1 = disjoint). ");
    }
    if (!notes.isEmpty()) {
      h.append("<p class=\"note\">").append(esc(notes.toString().trim())).append("</p>\n");
    }
  }

  private static void item(StringBuilder h, String key, String value, boolean wide) {
    h.append(wide ? "<div class=\"wide\">" : "<div>")
        .append("<dt>")
        .append(esc(key))
        .append("</dt><dd>")
        .append(esc(value))
        .append("</dd></div>\n");
  }

  private static String joined(int[] values) {
    StringBuilder b = new StringBuilder();
    for (int v : values) {
      b.append(b.isEmpty() ? "" : " / ").append(v);
    }
    return b.toString();
  }

  private static String joined(double[] values, int digits) {
    StringBuilder b = new StringBuilder();
    for (double v : values) {
      b.append(b.isEmpty() ? "" : " / ").append(Numbers.sig(v, digits));
    }
    return b.toString();
  }
}
