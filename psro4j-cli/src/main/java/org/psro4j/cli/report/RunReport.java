package org.psro4j.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psro4j.run.RunDirectory;

/**
 * Draws a run directory's plots ({@code plots/*.png}) and its self-contained {@code report.html}
 * from the files alone (config.json, metrics.csv, events.jsonl, metagame.json), so {@code psro4j
 * report DIR} can redraw any run, finished or not.
 */
public final class RunReport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> GAP_COLUMNS =
      List.of("nash_conv", "cce_gap", "ce_gap", "meta_gap");

  private RunReport() {}

  /** Writes the plots and report.html of {@code runDir}; returns the report's path. */
  public static Path write(Path runDir) {
    MetricsTable metrics = MetricsTable.read(runDir);
    JsonNode config = RunDirectory.readConfig(runDir);
    Map<String, byte[]> plots = new LinkedHashMap<>();
    plots.put("gap.png", gapPlot(metrics));
    byte[] byEpisodes = gapByEpisodesPlot(metrics);
    if (byEpisodes != null) {
      plots.put("gap_episodes.png", byEpisodes);
    }
    List<JsonNode> events = RunDirectory.events(runDir);
    int players = events.isEmpty() ? 0 : events.getFirst().path("marginals").size();
    for (int p = 0; p < Math.min(players, 4); p++) {
      plots.put("weights_p" + p + ".png", weightsPlot(events, p));
    }
    JsonNode metagame = RunDirectory.metaGameJson(runDir);
    if (metagame != null && metagame.path("payoffs").size() > 0) {
      plots.put("payoffs_p0.png", heatMap(metagame));
    }
    plots.putAll(SsaRunPictures.draw(runDir, config, events.isEmpty() ? null : events.getLast()));
    for (Map.Entry<String, byte[]> e : plots.entrySet()) {
      RunDirectory.writeExtra(runDir, "plots/" + e.getKey(), e.getValue());
    }
    return RunDirectory.writeExtra(runDir, "report.html", html(config, metrics, plots));
  }

  private static byte[] gapPlot(MetricsTable metrics) {
    double[] it = metrics.column("iteration");
    List<Plots.Line> lines = new ArrayList<>();
    for (String name : GAP_COLUMNS) {
      double[] y = metrics.column(name);
      if (y != null) {
        lines.add(new Plots.Line(name, it, y));
      }
    }
    return Plots.lines(
        "Equilibrium gap per iteration", "iteration", "gap (log scale)", lines, true);
  }

  /**
   * The exact gap against cumulative oracle episodes (both players' best responses summed), the
   * sample cost of RL oracles; null when no oracle reported episodes (exact best responses).
   */
  static byte[] gapByEpisodesPlot(MetricsTable metrics) {
    double[] episodes = metrics.column("oracle_episodes");
    if (episodes == null) {
      return null;
    }
    double[] cumulative = new double[episodes.length];
    double sum = 0;
    for (int i = 0; i < episodes.length; i++) {
      sum += Double.isFinite(episodes[i]) ? episodes[i] : 0;
      cumulative[i] = sum;
    }
    if (sum <= 0) {
      return null;
    }
    List<Plots.Line> lines = new ArrayList<>();
    for (String name : GAP_COLUMNS.subList(0, 3)) {
      double[] y = metrics.column(name);
      if (y != null) {
        lines.add(new Plots.Line(name, cumulative, y));
      }
    }
    return lines.isEmpty()
        ? null
        : Plots.lines(
            "Exact gap against oracle episodes",
            "cumulative oracle episodes (all players)",
            "gap (log scale)",
            lines,
            true);
  }

  private static byte[] weightsPlot(List<JsonNode> events, int player) {
    List<String> categories = new ArrayList<>();
    int maxPolicies = 0;
    for (JsonNode e : events) {
      maxPolicies = Math.max(maxPolicies, e.path("marginals").path(player).size());
    }
    Map<String, double[]> shares = new LinkedHashMap<>();
    for (int k = 0; k < maxPolicies; k++) {
      shares.put("policy " + k, new double[events.size()]);
    }
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = events.get(i);
      categories.add(e.path("iteration").asText());
      JsonNode w = e.path("marginals").path(player);
      for (int k = 0; k < w.size(); k++) {
        shares.get("policy " + k)[i] = w.get(k).asDouble();
      }
    }
    return Plots.stackedShares(
        "Meta-strategy of player " + player + " per iteration", "iteration", categories, shares);
  }

  /** Player 0's meta-game payoffs against player 1; further players averaged out uniformly. */
  private static byte[] heatMap(JsonNode metagame) {
    JsonNode p0 = metagame.path("payoffs").get(0);
    int rows = p0.size();
    int cols = p0.get(0).size();
    double[][] values = new double[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        values[r][c] = mean(p0.get(r).get(c));
      }
    }
    return Plots.heatMap(
        "Meta-game payoff of player 0", "player 0 policy", "player 1 policy", values);
  }

  private static double mean(JsonNode node) {
    if (!node.isArray()) {
      return node.asDouble();
    }
    double s = 0;
    for (JsonNode child : node) {
      s += mean(child);
    }
    return node.isEmpty() ? Double.NaN : s / node.size();
  }

  private static String html(JsonNode config, MetricsTable metrics, Map<String, byte[]> plots) {
    StringBuilder h = new StringBuilder();
    String title = "psro4j run" + (config == null ? "" : ": " + config.path("game").asText(""));
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(title))
        .append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:1000px}")
        .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;")
        .append("padding:2px 6px;text-align:right}th{background:#eee}img{max-width:100%}")
        .append("</style></head><body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
    if (config != null) {
      h.append("<h2>Settings</h2>\n<table id=\"settings\">");
      config
          .fields()
          .forEachRemaining(
              f ->
                  h.append("<tr><th>")
                      .append(escape(f.getKey()))
                      .append("</th><td>")
                      .append(
                          escape(
                              f.getValue().isValueNode()
                                  ? f.getValue().asText()
                                  : f.getValue().toString()))
                      .append("</td></tr>"));
      h.append("</table>\n");
    }
    h.append("<h2>Plots</h2>\n");
    for (Map.Entry<String, byte[]> p : plots.entrySet()) {
      h.append("<p><img class=\"plot\" alt=\"")
          .append(p.getKey())
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(p.getValue()))
          .append("\"></p>\n");
    }
    h.append("<h2>Metrics</h2>\n<table id=\"metrics\"><tr>");
    metrics.header().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
    h.append("</tr>\n");
    for (String[] row : metrics.rows()) {
      h.append("<tr>");
      for (String cell : row) {
        h.append("<td>").append(escape(cell)).append("</td>");
      }
      h.append("</tr>\n");
    }
    // Lets a headless browser test confirm that every plot decoded and the table rendered.
    h.append("</table>\n<script>window.addEventListener('load',function(){")
        .append("var ok=0;for(var i=0;i<document.images.length;i++){var im=document.images[i];")
        .append("if(im.complete&&im.naturalWidth>0){ok++;}}document.body.dataset.plotsLoaded=ok;")
        .append(
            "document.body.dataset.metricRows=document.querySelectorAll('#metrics tr').length-1;")
        .append("});</script>\n");
    return h.append("</body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
