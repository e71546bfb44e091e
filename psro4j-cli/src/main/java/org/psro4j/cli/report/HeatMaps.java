package org.psro4j.cli.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * Heat maps of the report (XChart): payoff tables on a diverging scale symmetric about 0, meta-
 * strategy weights on a white-to-blue scale. Tick labels are thinned to about ten per axis and the
 * colour bar's ends are rounded to two significant digits, so 100–200 policies stay readable.
 */
final class HeatMaps {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** Cells are labelled with their values up to this many rows and columns. */
  private static final int LABELLED = 12;

  private HeatMaps() {}

  /** A payoff table {@code values[row][col]}, coloured blue (low) through white to red (high). */
  static byte[] payoffs(String title, String rowLabel, String colLabel, double[][] values) {
    double max = 0;
    for (double[] row : values) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          max = Math.max(max, Math.abs(v));
        }
      }
    }
    double bound = Numbers.niceCeiling(max);
    HeatMapChart chart = chart(title, rowLabel, colLabel, values, -bound, bound);
    chart
        .getStyler()
        .setRangeColors(
            new Color[] {new Color(0x2166ac), new Color(0xf7f7f7), new Color(0xb2182b)});
    return Plots.png(chart);
  }

  /**
   * Meta-strategy weights {@code values[policy][iteration]} in [0, 1]. The colour ramp rises like
   * w^0.3 (a weight of 0.01 is a quarter of the way, 0.1 half), so the few-percent weights of a
   * large population are visible beside the early weights of 1.
   */
  static byte[] weights(String title, double[][] values) {
    HeatMapChart chart = chart(title, "policy (index)", "iteration", values, 0, 1);
    Color[] ramp = new Color[101];
    for (int i = 0; i < ramp.length; i++) {
      double t = Math.pow(i / 100.0, 0.3);
      ramp[i] = mix(new Color(0xffffff), new Color(0x08306b), t);
    }
    chart.getStyler().setRangeColors(ramp);
    return Plots.png(chart);
  }

  private static HeatMapChart chart(
      String title, String rowLabel, String colLabel, double[][] values, double min, double max) {
    int rows = values.length;
    int cols = values[0].length;
    HeatMapChart chart =
        new HeatMapChartBuilder()
            .width(Plots.WIDTH)
            .height(Math.max(360, Math.min(Plots.WIDTH * 3 / 4, 160 + 50 * Math.max(rows, 6))))
            .title(title)
            .xAxisTitle(colLabel)
            .yAxisTitle(rowLabel)
            .build();
    var styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotGridLinesVisible(false);
    boolean labelled = rows <= LABELLED && cols <= LABELLED;
    styler.setShowValue(labelled);
    styler.setDrawBorder(labelled);
    // Cell labels go through a DecimalFormat pattern: three significant digits of the largest.
    double largest = Math.max(Math.abs(min), Math.abs(max));
    styler.setHeatMapValueDecimalPattern(
        largest >= 100 ? "0" : largest >= 10 ? "0.0" : largest >= 1 ? "0.00" : "0.000");
    styler.setValueFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
    styler.setxAxisTickLabelsFormattingFunction(v -> tick(v, cols));
    styler.setyAxisTickLabelsFormattingFunction(v -> tick(v, rows));
    styler.setMin(min);
    styler.setMax(max);
    List<Integer> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    List<Number[]> cells = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      xs.add(c);
    }
    // XChart colours a cell at (v - min) / (max - min) of the ramp and reads the colour after it:
    // a value just below max whose ratio rounds to 1 reads past the ramp's end. Values that close
    // to max are drawn at max, which XChart colours with the ramp's last colour.
    double top = max - (max - min) * 1e-9;
    for (int r = 0; r < rows; r++) {
      ys.add(r);
      for (int c = 0; c < cols; c++) {
        double v = values[r][c];
        double cell = Double.isFinite(v) ? Math.max(min, Math.min(max, v)) : 0;
        cells.add(new Number[] {c, r, cell >= top ? max : cell});
      }
    }
    chart.addSeries("values", xs, ys, cells);
    return chart;
  }

  /** A label on every 1st, 2nd, 5th, 10th, 20th, ... index, so that at most a dozen show. */
  static String tick(double v, int count) {
    int i = (int) Math.round(v);
    long step = 1;
    int[] mantissas = {1, 2, 5};
    for (int k = 0; count / step > 12; k++) {
      step = mantissas[k % 3] * (long) Math.pow(10, k / 3);
    }
    return Math.abs(v - i) < 1e-9 && i % step == 0 ? Integer.toString(i) : "";
  }

  private static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }
}
