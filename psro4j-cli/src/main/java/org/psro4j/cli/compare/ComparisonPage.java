package org.psro4j.cli.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/** The self-contained {@code compare.html}: a table of groups and runs, then the plots. */
final class ComparisonPage {

  private ComparisonPage() {}

  static String html(JsonNode summary, Map<String, byte[]> plots) {
    String metric = summary.path("metric").asText();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>psro4j comparison</title><style>")
        .append("body{font-family:sans-serif;margin:2em;max-width:1000px}")
        .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;")
        .append("padding:3px 8px;text-align:right}td:first-child,th:first-child{text-align:left}")
        .append("img{max-width:100%}</style></head><body>\n")
        .append("<h1>Comparison of ")
        .append(summary.path("groups").size())
        .append(" groups</h1>\n<h2>Groups</h2>\n<table><tr><th>group</th><th>runs</th>")
        .append("<th>at iteration</th><th>final ")
        .append(escape(metric))
        .append(" (mean)</th><th>± s.e.</th></tr>\n");
    for (JsonNode g : summary.path("groups")) {
      h.append("<tr><td>")
          .append(escape(g.path("label").asText()))
          .append("</td><td>")
          .append(g.path("runs").asInt())
          .append("</td><td>")
          .append(g.path("at_iteration").asLong())
          .append("</td><td>")
          .append(number(g.path("final_mean").asDouble()))
          .append("</td><td>")
          .append(number(g.path("final_standard_error").asDouble()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<h2>Runs</h2>\n<table><tr><th>run</th><th>group</th><th>seed</th>")
        .append("<th>iterations</th><th>final</th><th>best</th><th>wall s</th>")
        .append("<th>oracle episodes</th></tr>\n");
    for (JsonNode g : summary.path("groups")) {
      for (JsonNode m : g.path("members")) {
        h.append("<tr><td>")
            .append(escape(m.path("dir").asText()))
            .append("</td><td>")
            .append(escape(g.path("label").asText()))
            .append("</td><td>")
            .append(m.path("seed").asLong())
            .append("</td><td>")
            .append(m.path("iterations").asLong())
            .append("</td><td>")
            .append(number(m.path("final").asDouble()))
            .append("</td><td>")
            .append(number(m.path("best").asDouble()))
            .append("</td><td>")
            .append(String.format(Locale.ROOT, "%.1f", m.path("wall_s").asDouble()))
            .append("</td><td>")
            .append(String.format(Locale.ROOT, "%.0f", m.path("oracle_episodes").asDouble()))
            .append("</td></tr>\n");
      }
    }
    h.append("</table>\n");
    for (Map.Entry<String, byte[]> e : plots.entrySet()) {
      h.append("<h2>")
          .append(escape(e.getKey().replace(".png", "").replace('_', ' ')))
          .append("</h2>\n<img alt=\"")
          .append(escape(e.getKey()))
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(e.getValue()))
          .append("\">\n");
    }
    return h.append("</body></html>\n").toString();
  }

  private static String number(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "–";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
