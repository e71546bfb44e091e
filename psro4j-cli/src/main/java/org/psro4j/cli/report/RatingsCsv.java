package org.psro4j.cli.report;

import java.util.List;
import java.util.Locale;

/**
 * The report's per-policy table as {@code ratings.csv}, for reading into a notebook: one row per
 * policy of the final population with its iteration born, final meta-strategy weight, Elo, the
 * transitive part of mElo (Balduzzi et al., "Re-evaluating Evaluation", NeurIPS 2018) and α-Rank
 * mass (Omidshafiei et al., Scientific Reports 2019). Ratings that do not apply are left empty.
 */
final class RatingsCsv {

  /** The file name beside report.html. */
  static final String FILE = "ratings.csv";

  /** The header line. */
  static final String HEADER = "player,index,name,born,weight,elo,melo,alpha_rank";

  private RatingsCsv() {}

  /** The CSV text of {@code ratings}, rows by player then by index. */
  static String text(PolicyRatings ratings) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    List<List<PolicyRow>> players = ratings.players();
    for (int p = 0; p < players.size(); p++) {
      List<PolicyRow> rows =
          players.get(p).stream()
              .sorted(java.util.Comparator.comparingInt(PolicyRow::index))
              .toList();
      for (PolicyRow r : rows) {
        out.append(p)
            .append(',')
            .append(r.index())
            .append(',')
            .append(quoted(r.name()))
            .append(',')
            .append(r.born() < 0 ? "" : Integer.toString(r.born()))
            .append(',')
            .append(number(r.weight()))
            .append(',')
            .append(number(r.elo()))
            .append(',')
            .append(number(r.melo()))
            .append(',')
            .append(number(r.alphaRank()))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String number(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.10g", v) : "";
  }

  /** RFC 4180 quoting where a name holds a comma, quote or line break. */
  private static String quoted(String name) {
    if (name.indexOf(',') < 0 && name.indexOf('"') < 0 && name.indexOf('\n') < 0) {
      return name;
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
