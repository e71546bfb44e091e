package org.psro4j.cli.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.psro4j.policy.Policy;
import org.psro4j.rl.neupl.PopulationMember;
import org.psro4j.state.PopulationView;

/**
 * The plots of runs with a learned population or payoff model: each player's strategy embeddings of
 * a NeuPL population network projected on their two principal components ({@code
 * embeddings_pP.png}, members labelled by slot), the payoff estimator ψ's held-out MSE per
 * iteration ({@code payoff_model_mse.png}) and NeuPL's distillation and regularisation KL ({@code
 * neupl_kl.png}). Each is drawn only when the run has what it shows.
 */
final class NeuplPlots {

  /** NeuPL-JPSRO's loss columns in metrics.csv. */
  static final List<String> KL_COLUMNS = List.of("distill_kl", "reg_kl");

  private NeuplPlots() {}

  /** Whether every slot of {@code population} is a member of a NeuPL population network. */
  static boolean hasMembers(PopulationView population) {
    boolean any = false;
    for (List<Policy> pop : population.all()) {
      for (Policy policy : pop) {
        if (!(policy instanceof PopulationMember)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** The plots by file name; {@code population} may be null. */
  static Map<String, byte[]> draw(MetricsTable metrics, PopulationView population, int players) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    double[] it = metrics.column("iteration");
    double[] mse = metrics.column("payoff_model_mse");
    if (mse != null && anyFinite(mse)) {
      List<Plots.Line> lines = new ArrayList<>();
      lines.add(new Plots.Line("ψ MSE on held-out measured entries", it, mse));
      double[] imputation = metrics.column("imputation_error");
      if (imputation != null && anyFinite(imputation)) {
        double[] squared = new double[imputation.length];
        for (int i = 0; i < squared.length; i++) {
          squared[i] = imputation[i] * imputation[i];
        }
        lines.add(new Plots.Line("(mean |error| of imputed entries vs exact)²", it, squared));
      }
      out.put(
          "payoff_model_mse.png",
          Plots.lines(
              "Payoff estimator ψ: squared error per iteration", "iteration", "MSE", lines, true));
    }
    List<Plots.Line> kl = new ArrayList<>();
    for (String name : KL_COLUMNS) {
      double[] y = metrics.column(name);
      if (y != null && java.util.Arrays.stream(y).anyMatch(v -> Double.isFinite(v) && v > 0)) {
        kl.add(new Plots.Line(name, it, y));
      }
    }
    if (!kl.isEmpty()) {
      out.put(
          "neupl_kl.png",
          Plots.lines(
              "Population network: distillation KL(π_BR‖Π_θ) and regularisation KL(Π_θ̂‖Π_θ)",
              "iteration",
              "mean KL, nats (log scale)",
              kl,
              true));
    }
    if (population != null && hasMembers(population)) {
      for (int p = 0; p < Math.min(players, population.players()); p++) {
        List<Policy> members = population.of(p);
        float[][] embeddings = new float[members.size()][];
        for (int k = 0; k < embeddings.length; k++) {
          PopulationMember m = (PopulationMember) members.get(k);
          embeddings[k] = m.network().embedding(m.player(), m.index());
        }
        out.put("embeddings_p" + p + ".png", embeddingPlot(p, EmbeddingProjection.of(embeddings)));
      }
    }
    return out;
  }

  private static byte[] embeddingPlot(int player, EmbeddingProjection projection) {
    XYChart chart =
        new XYChartBuilder()
            .width(Plots.WIDTH)
            .height(Plots.HEIGHT)
            .title("Player " + player + "'s strategy embeddings, 2-D PCA")
            .xAxisTitle(String.format(Locale.ROOT, "PC1 (%.0f%%)", 100 * projection.explained()[0]))
            .yAxisTitle(String.format(Locale.ROOT, "PC2 (%.0f%%)", 100 * projection.explained()[1]))
            .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(9);
    double[][] pts = projection.points();
    double[] x = new double[pts.length];
    double[] y = new double[pts.length];
    for (int i = 0; i < pts.length; i++) {
      x[i] = pts[i][0];
      y[i] = pts[i][1];
    }
    chart.addSeries("members", x, y).setMarker(SeriesMarkers.CIRCLE);
    // Labels sit beside their markers (a small share of each axis's range up and right).
    double dx = 0.03 * Math.max(range(x), 1e-9);
    double dy = 0.05 * Math.max(range(y), 1e-9);
    for (int i = 0; i < pts.length; i++) {
      chart.addAnnotation(new AnnotationText(Integer.toString(i), x[i] + dx, y[i] + dy, false));
    }
    return Plots.png(chart);
  }

  private static double range(double[] v) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      lo = Math.min(lo, d);
      hi = Math.max(hi, d);
    }
    return v.length == 0 ? 0 : hi - lo;
  }

  private static boolean anyFinite(double[] y) {
    for (double v : y) {
      if (Double.isFinite(v)) {
        return true;
      }
    }
    return false;
  }
}
