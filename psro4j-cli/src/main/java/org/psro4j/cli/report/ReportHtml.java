package org.psro4j.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes report.html: summary, convergence plots, meta-strategy plots, the policy table with
 * ratings, payoff heat maps, settings and the metrics table, as one self-contained page (plots
 * inlined as data URIs).
 */
final class ReportHtml {

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1000px;padding:0 1em;"
          + "color:#222}h1{margin-bottom:.2em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;"
          + "margin-top:1.6em}.sub{color:#666;margin-top:0}"
          + "table{border-collapse:collapse;font-size:13px;font-variant-numeric:tabular-nums}"
          + "td,th{border:1px solid #ddd;padding:3px 8px;text-align:right;white-space:nowrap}"
          + "th{background:#f2f2f2;position:sticky;top:0}td.l,th.l{text-align:left}"
          + ".scroll{max-height:420px;overflow:auto;border:1px solid #ccc;margin:.5em 0}"
          + ".scroll table td,.scroll table th{border-top:0}.players .scroll table{width:100%}"
          + "#summary{display:grid;grid-template-columns:repeat(4,1fr);gap:8px;margin:1em 0}"
          + "#summary div{background:#f6f8fa;border:1px solid #e1e4e8;border-radius:6px;"
          + "padding:6px 10px}#summary dt{font-size:12px;color:#666}#summary dd{margin:0;"
          + "font-size:15px;font-weight:600}#summary div.wide{grid-column:span 2}"
          + "img{max-width:100%}.note{color:#555;font-size:13px}"
          + ".players{display:flex;gap:16px;flex-wrap:wrap}.players>div{flex:1;min-width:300px}";

  private ReportHtml() {}

  /**
   * The page. {@code ratings}, {@code reference} and {@code config} may be null; {@code captions}
   * holds a line of text for the plots that have one.
   */
  static String render(
      RunSummary summary,
      PopulationMeasures measures,
      PolicyRatings ratings,
      CfrReference reference,
      JsonNode config,
      MetricsTable metrics,
      Map<String, byte[]> plots,
      Map<String, String> captions) {
    StringBuilder h = new StringBuilder();
    String title = "psro4j run: " + summary.game();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>")
        .append(esc(title))
        .append("</h1>\n<p class=\"sub\">")
        .append(esc(summary.algo() + " · meta-solver " + summary.solver()))
        .append(esc(" · oracle " + summary.oracle()))
        .append("</p>\n");
    SummaryBlock.append(h, summary, measures, ratings, reference, metrics);
    section(h, "Convergence", plots, List.of("gap", "meta_gap"));
    section(h, "Population network", plots, List.of("neupl", "embeddings"));
    if (plots.containsKey("support.png")) {
      h.append("<h2>Per-iteration measures</h2>\n<p class=\"note\">Written by the run into")
          .append(" metrics.csv as it goes: payoffs against baselines are exact (standard error 0)")
          .append(" where the game can be walked, else sampled (bars: ± one standard error);")
          .append(" diversity is measured on states of the meta-strategy's own play.</p>\n");
      section(h, null, plots, List.of("vs_", "support", "diversity"));
    }
    WinRateTable.append(h, metrics);
    section(h, "Meta-strategy", plots, List.of("weights"));
    if (ratings != null) {
      PolicyTables.append(h, ratings);
    }
    section(h, "Meta-game payoffs", plots, List.of("payoffs"));
    section(h, "Payoff estimator", plots, List.of("payoff_model"));
    section(h, "Pictures", plots, null, captions);
    settings(h, config);
    metricsTable(h, metrics);
    // Lets a headless browser test confirm that every plot decoded and the tables rendered.
    h.append("<script>window.addEventListener('load',function(){")
        .append("var ok=0;for(var i=0;i<document.images.length;i++){var im=document.images[i];")
        .append("if(im.complete&&im.naturalWidth>0){ok++;}}var b=document.body.dataset;")
        .append("b.plotsLoaded=ok;b.metricRows=document.querySelectorAll('#metrics tr').length-1;")
        .append("b.policyRows=document.querySelectorAll('table.policies tbody tr').length;")
        .append("b.summaryItems=document.querySelectorAll('#summary dt').length;")
        .append("});</script>\n");
    return h.append("</body></html>\n").toString();
  }

  /**
   * The plots whose file names start with one of {@code prefixes} (null: all not yet shown), under
   * a heading; nothing when there are none.
   */
  private static void section(
      StringBuilder h, String heading, Map<String, byte[]> plots, List<String> prefixes) {
    section(h, heading, plots, prefixes, Map.of());
  }

  /** As above, each plot that has a caption followed by it. */
  private static void section(
      StringBuilder h,
      String heading,
      Map<String, byte[]> plots,
      List<String> prefixes,
      Map<String, String> captions) {
    var chosen =
        plots.entrySet().stream()
            .filter(
                e ->
                    prefixes == null
                        ? !known(e.getKey())
                        : prefixes.stream().anyMatch(e.getKey()::startsWith))
            .toList();
    if (chosen.isEmpty()) {
      return;
    }
    if (heading != null) {
      h.append("<h2>").append(esc(heading)).append("</h2>\n");
    }
    for (Map.Entry<String, byte[]> p : chosen) {
      h.append("<p><img class=\"plot\" alt=\"")
          .append(esc(p.getKey()))
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(p.getValue()))
          .append("\"></p>\n");
      String caption = captions.get(p.getKey());
      if (caption != null) {
        h.append("<p class=\"note caption\">").append(esc(caption)).append("</p>\n");
      }
    }
  }

  private static boolean known(String file) {
    return file.startsWith("gap")
        || file.startsWith("meta_gap")
        || file.startsWith("weights")
        || file.startsWith("payoffs")
        || file.startsWith("embeddings")
        || file.startsWith("payoff_model")
        || file.startsWith("neupl")
        || file.startsWith("vs_")
        || file.startsWith("support")
        || file.startsWith("diversity");
  }

  private static void settings(StringBuilder h, JsonNode config) {
    if (config == null) {
      return;
    }
    h.append("<h2>Settings</h2>\n<details><summary>config.json</summary>\n<table id=\"settings\">");
    config
        .properties()
        .forEach(
            f ->
                h.append("<tr><th class=\"l\">")
                    .append(esc(f.getKey()))
                    .append("</th><td class=\"l\">")
                    .append(
                        esc(
                            f.getValue().isValueNode()
                                ? f.getValue().asText()
                                : f.getValue().toString()))
                    .append("</td></tr>"));
    h.append("</table></details>\n");
  }

  private static void metricsTable(StringBuilder h, MetricsTable metrics) {
    h.append("<h2>Metrics</h2>\n<p class=\"note\">metrics.csv, numbers to 4 significant digits")
        .append(" (the file keeps them exact).</p>\n<div class=\"scroll\"><table id=\"metrics\">")
        .append("<thead><tr>");
    metrics.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
    h.append("</tr></thead>\n<tbody>\n");
    for (String[] row : metrics.rows()) {
      h.append("<tr>");
      for (String cell : row) {
        h.append("<td>").append(esc(Numbers.cell(cell))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table></div>\n");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
