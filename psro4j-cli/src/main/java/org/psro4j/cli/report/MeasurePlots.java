package org.psro4j.cli.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/**
 * The per-iteration measures a run wrote into metrics.csv, drawn against iterations: the
 * meta-strategy's mean payoff against each baseline with ± one standard error bars where sampled
 * ({@code vs_baselines.png}), and effective support and population diversity ({@code support.png},
 * {@code diversity.png}). Runs written before these columns existed draw none of them.
 */
final class MeasurePlots {

  private static final int SMALL_HEIGHT = 320;

  private MeasurePlots() {}

  /** The baselines measured in {@code metrics}, from its {@code vs_NAME_p0} columns, in order. */
  static List<String> baselines(MetricsTable metrics) {
    List<String> out = new ArrayList<>();
    for (String c : metrics.header()) {
      if (c.startsWith("vs_") && c.endsWith("_p0")) {
        out.add(c.substring(3, c.length() - 3));
      }
    }
    return out;
  }

  /** Players with a {@code support_pP} column. */
  static int players(MetricsTable metrics) {
    int n = 0;
    while (metrics.column("support_p" + n) != null) {
      n++;
    }
    return n;
  }

  /** The plots by file name (empty for a run without measures). */
  static Map<String, byte[]> draw(MetricsTable metrics) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    int n = players(metrics);
    if (n == 0) {
      return out;
    }
    double[] it = metrics.column("iteration");
    List<String> baselines = baselines(metrics);
    if (!baselines.isEmpty()) {
      XYChart chart =
          chart(
              "Meta-strategy's mean payoff against fixed baselines (player P's mixture vs the"
                  + " baseline on the other seats)",
              "payoff",
              Plots.HEIGHT);
      for (String b : baselines) {
        for (int p = 0; p < n; p++) {
          double[] y = metrics.column("vs_" + b + "_p" + p);
          double[] se = metrics.column("vs_" + b + "_p" + p + "_se");
          add(chart, "vs " + b + ", player " + p, it, y, se);
        }
      }
      out.put("vs_baselines.png", Plots.png(chart));
    }
    XYChart support =
        chart("Effective support exp(H) of each player's meta-strategy", "policies", SMALL_HEIGHT);
    XYChart diversity =
        chart(
            "Population diversity: mean pairwise Jensen–Shannon divergence where the"
                + " meta-strategy plays",
            "bits (0 = identical)",
            SMALL_HEIGHT);
    boolean anyDiversity = false;
    for (int p = 0; p < n; p++) {
      add(support, "player " + p, it, metrics.column("support_p" + p), null);
      anyDiversity |= add(diversity, "player " + p, it, metrics.column("diversity_p" + p), null);
    }
    out.put("support.png", Plots.png(support));
    if (anyDiversity) {
      out.put("diversity.png", Plots.png(diversity));
    }
    return out;
  }

  private static XYChart chart(String title, String yLabel, int height) {
    XYChart chart =
        new XYChartBuilder()
            .width(Plots.WIDTH)
            .height(height)
            .title(title)
            .xAxisTitle("iteration")
            .yAxisTitle(yLabel)
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setMarkerSize(3);
    chart.getStyler().setSeriesColors(Plots.PALETTE);
    chart.getStyler().setYAxisDecimalPattern("0.###");
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setChartTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, 0, 13));
    return chart;
  }

  /** Adds the finite points of {@code y} (with error bars {@code se} when any is > 0). */
  private static boolean add(XYChart chart, String name, double[] x, double[] y, double[] se) {
    if (y == null) {
      return false;
    }
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<Double> es = new ArrayList<>();
    boolean errors = false;
    for (int i = 0; i < y.length; i++) {
      if (Double.isFinite(y[i])) {
        xs.add(x[i]);
        ys.add(y[i]);
        double e = se == null || !Double.isFinite(se[i]) ? 0 : se[i];
        es.add(e);
        errors |= e > 0;
      }
    }
    if (xs.isEmpty()) {
      return false;
    }
    XYSeries s = errors ? chart.addSeries(name, xs, ys, es) : chart.addSeries(name, xs, ys);
    s.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
    return true;
  }
}
