package org.psro4j.cli.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/** Renders the line charts of a report as PNG bytes with XChart (headless). */
public final class Plots {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  static final int WIDTH = 900;
  static final int HEIGHT = 480;

  /**
   * Ten colours that stay apart from one another (matplotlib's "tab10"), so the eight lines of a
   * top-k plot never share a hue; XChart's default cycle has two near-identical yellows.
   */
  static final Color[] PALETTE = {
    new Color(0x1f77b4),
    new Color(0xff7f0e),
    new Color(0x2ca02c),
    new Color(0xd62728),
    new Color(0x9467bd),
    new Color(0x8c564b),
    new Color(0xe377c2),
    new Color(0x7f7f7f),
    new Color(0xbcbd22),
    new Color(0x17becf)
  };

  /** One line of a chart. */
  public record Line(String name, double[] x, double[] y) {}

  private Plots() {}

  /**
   * A line chart; with {@code logY} non-positive and non-finite points are left out (a gap of
   * exactly 0 cannot be drawn on a log axis) and the axis is logarithmic.
   */
  public static byte[] lines(
      String title, String xLabel, String yLabel, List<Line> lines, boolean logY) {
    return lines(title, xLabel, yLabel, lines, logY, WIDTH, HEIGHT);
  }

  /** As {@link #lines(String, String, String, List, boolean)}, at {@code width × height}. */
  public static byte[] lines(
      String title,
      String xLabel,
      String yLabel,
      List<Line> lines,
      boolean logY,
      int width,
      int height) {
    XYChart chart =
        new XYChartBuilder()
            .width(width)
            .height(height)
            .title(title)
            .xAxisTitle(xLabel)
            .yAxisTitle(yLabel)
            .build();
    chart
        .getStyler()
        .setLegendPosition(
            lines.size() > 3 ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.InsideNE);
    chart.getStyler().setMarkerSize(4);
    chart.getStyler().setYAxisLogarithmic(logY);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendVisible(lines.size() > 1);
    chart.getStyler().setSeriesColors(PALETTE);
    if (!logY) {
      // XChart's default pattern drops the leading zero (".08").
      chart.getStyler().setYAxisDecimalPattern("0.###");
    }
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
      // Past a few decades the 2..9 grid lines of every decade blur into a grey band.
      chart.getStyler().setYAxisLogarithmicDecadeOnly(top / bottom > 1e4);
    }
    if (!any) {
      chart.getStyler().setYAxisLogarithmic(false);
      chart.addSeries("(no data)", new double[] {0}, new double[] {0});
    }
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
