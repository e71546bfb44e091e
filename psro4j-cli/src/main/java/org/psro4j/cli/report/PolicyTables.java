package org.psro4j.cli.report;

import static org.psro4j.cli.report.ReportHtml.esc;

import java.util.List;

/** The per-player tables of the final population, sorted by weight, with ratings. */
final class PolicyTables {

  /** Weights below this are the meta-solver's numerical residue and shown as such. */
  private static final double NEGLIGIBLE = 1e-6;

  private PolicyTables() {}

  static void append(StringBuilder h, PolicyRatings ratings) {
    boolean elo = Double.isFinite(ratings.eloError());
    h.append("<h2>Policies</h2>\n<p class=\"note\">Each player's final population, sorted by ")
        .append("weight in the final meta-strategy.");
    if (elo) {
      h.append(" Elo: Bradley–Terry fit to the meta-game read as win probabilities (mean 0).")
          .append(" mElo: the transitive part of multidimensional Elo with one cyclic pair")
          .append(" (Balduzzi et al. 2018); where it predicts the table much better than Elo,")
          .append(" the meta-game is cyclic.");
    }
    h.append(" α-Rank: stationary mass (α = 100, m = 50).");
    h.append(" The same table for a notebook: <a href=\"")
        .append(RatingsCsv.FILE)
        .append("\">")
        .append(RatingsCsv.FILE)
        .append("</a>.");
    if (!ratings.alphaRankNote().isEmpty()) {
      h.append(' ').append(esc(ratings.alphaRankNote()));
    }
    h.append("</p>\n<div class=\"players\">\n");
    List<List<PolicyRow>> players = ratings.players();
    for (int p = 0; p < players.size(); p++) {
      h.append("<div><h3>Player ")
          .append(p)
          .append(" (")
          .append(players.get(p).size())
          .append(
              " policies)</h3>\n<div class=\"scroll\"><table class=\"policies\" id=\"policies-p")
          .append(p)
          .append("\"><thead><tr><th>#</th><th class=\"l\">name</th><th>born</th><th>weight</th>");
      if (elo) {
        h.append("<th>Elo</th><th>mElo</th>");
      }
      h.append("<th>α-Rank</th></tr></thead>\n<tbody>\n");
      for (PolicyRow r : players.get(p)) {
        h.append("<tr><td>")
            .append(r.index())
            .append("</td><td class=\"l\">")
            .append(esc(r.name()))
            .append("</td><td>")
            .append(r.born() < 0 ? "–" : Integer.toString(r.born()))
            .append("</td><td>")
            .append(weight(r.weight()))
            .append("</td>");
        if (elo) {
          h.append("<td>")
              .append(rating(r.elo()))
              .append("</td><td>")
              .append(rating(r.melo()))
              .append("</td>");
        }
        h.append("<td>").append(weight(r.alphaRank())).append("</td></tr>\n");
      }
      h.append("</tbody></table></div></div>\n");
    }
    h.append("</div>\n");
  }

  /** A rating to whole Elo points. */
  private static String rating(double r) {
    return Numbers.sig(Math.rint(r), 7);
  }

  private static String weight(double w) {
    if (Double.isNaN(w)) {
      return "–";
    }
    return w < NEGLIGIBLE ? (w <= 0 ? "0" : "&lt;1e-6") : Numbers.sig(w, 3);
  }
}
