package org.psro4j.cli.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/** Renders the charts of a report as PNG bytes with XChart (headless). */
public final class Plots {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private static final int WIDTH = 900;
  private static final int HEIGHT = 480;

  /** One line of a chart. */
  public record Line(String name, double[] x, double[] y) {}

  private Plots() {}

  /**
   * A line chart; with {@code logY} non-positive and non-finite points are left out (a gap of
   * exactly 0 cannot be drawn on a log axis) and the axis is logarithmic.
   */
  public static byte[] lines(
      String title, String xLabel, String yLabel, List<Line> lines, boolean logY) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xLabel)
            .yAxisTitle(yLabel)
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setMarkerSize(4);
    chart.getStyler().setYAxisLogarithmic(logY);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    boolean any = false;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (Line line : lines) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (int i = 0; i < line.y().length; i++) {
        double y = line.y()[i];
        if (Double.isFinite(y) && (!logY || y > 0)) {
          xs.add(line.x()[i]);
          ys.add(y);
          low = Math.min(low, y);
          high = Math.max(high, y);
        }
      }
      if (!xs.isEmpty()) {
        chart.addSeries(line.name(), xs, ys);
        any = true;
      }
    }
    if (any && logY) {
      // Whole decades, so a log axis always shows at least two labelled ticks.
      double bottom = Math.pow(10, Math.floor(Math.log10(low)));
      double top = Math.pow(10, Math.ceil(Math.log10(high)));
      chart.getStyler().setYAxisMin(bottom);
      chart.getStyler().setYAxisMax(top > bottom ? top : bottom * 10);
    }
    if (!any) {
      chart.getStyler().setYAxisLogarithmic(false);
      chart.addSeries("(no data)", new double[] {0}, new double[] {0});
    }
    return png(chart);
  }

  /**
   * Stacked bars of shares: one bar per category (e.g. iteration), one colour per series (e.g.
   * policy); the legend is hidden when there are many series.
   */
  public static byte[] stackedShares(
      String title, String xLabel, List<String> categories, Map<String, double[]> shares) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xLabel)
            .yAxisTitle("weight")
            .build();
    chart.getStyler().setStacked(true);
    chart.getStyler().setOverlapped(false);
    chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
    chart.getStyler().setLegendVisible(shares.size() <= 12);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setXAxisLabelRotation(categories.size() > 30 ? 90 : 0);
    chart.getStyler().setXAxisTicksVisible(categories.size() <= 60);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setYAxisMin(0.0);
    for (Map.Entry<String, double[]> e : shares.entrySet()) {
      List<Double> ys = new ArrayList<>();
      for (double v : e.getValue()) {
        ys.add(v);
      }
      chart.addSeries(e.getKey(), categories, ys);
    }
    return png(chart);
  }

  /** A heat map of {@code values[row][col]}, rows upward on the y axis. */
  public static byte[] heatMap(String title, String rowLabel, String colLabel, double[][] values) {
    HeatMapChart chart =
        new HeatMapChartBuilder()
            .width(WIDTH)
            .height(WIDTH * 3 / 4)
            .title(title)
            .xAxisTitle(colLabel)
            .yAxisTitle(rowLabel)
            .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setShowValue(values.length <= 12 && values[0].length <= 12);
    // Past a few dozen strategies the tick labels overlap into a black bar.
    chart.getStyler().setXAxisTicksVisible(values[0].length <= 30);
    chart.getStyler().setYAxisTicksVisible(values.length <= 30);
    chart
        .getStyler()
        .setRangeColors(
            new Color[] {new Color(0x2166ac), new Color(0xf7f7f7), new Color(0xb2182b)});
    double max = 0;
    List<Integer> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    List<Number[]> cells = new ArrayList<>();
    for (int c = 0; c < values[0].length; c++) {
      xs.add(c);
    }
    for (int r = 0; r < values.length; r++) {
      ys.add(r);
      for (int c = 0; c < values[r].length; c++) {
        cells.add(new Number[] {c, r, values[r][c]});
        max = Math.max(max, Math.abs(values[r][c]));
      }
    }
    chart.getStyler().setMin(-Math.max(max, 1e-12));
    chart.getStyler().setMax(Math.max(max, 1e-12));
    chart.addSeries("payoff", xs, ys, cells);
    return png(chart);
  }

  static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
