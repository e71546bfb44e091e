package org.psro4j.cli.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One comparison plot: a mean line per group of runs, with pale lines at ±1 standard error across
 * its seeds when the group has more than one run.
 */
final class ComparisonChart {

  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
    new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)
  };

  private ComparisonChart() {}

  /** A group's curve: its label, the number of runs, and the band. */
  record Curve(String label, int runs, Curves.Band band) {}

  static byte[] draw(String title, String xLabel, String yLabel, List<Curve> curves, boolean logY) {
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(480)
            .title(title)
            .xAxisTitle(xLabel)
            .yAxisTitle(yLabel)
            .build();
    var styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setLegendPosition(Styler.LegendPosition.InsideNE);
    styler.setXAxisDecimalPattern("#,##0.#");
    chart.getStyler().setYAxisLogarithmic(logY);
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < curves.size(); c++) {
      Curve curve = curves.get(c);
      Color colour = PALETTE[c % PALETTE.length];
      List<Double> xs = new ArrayList<>();
      List<Double> mean = new ArrayList<>();
      List<Double> lo = new ArrayList<>();
      List<Double> hi = new ArrayList<>();
      Curves.Band b = curve.band();
      for (int i = 0; i < b.x().length; i++) {
        double m = b.mean()[i];
        if (!Double.isFinite(m) || (logY && m <= 0)) {
          continue;
        }
        double l = m - b.standardError()[i];
        xs.add(b.x()[i]);
        mean.add(m);
        lo.add(logY && l <= 0 ? m : l);
        hi.add(m + b.standardError()[i]);
        low = Math.min(low, lo.getLast());
        high = Math.max(high, hi.getLast());
      }
      if (xs.isEmpty()) {
        continue;
      }
      String name =
          curve.runs() > 1 ? curve.label() + " (mean of " + curve.runs() + ")" : curve.label();
      if (curve.runs() > 1) {
        Color pale = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 60);
        for (List<Double> edge : List.of(lo, hi)) {
          XYSeries s = chart.addSeries(name + (edge == lo ? " −s.e." : " +s.e."), xs, edge);
          s.setMarker(SeriesMarkers.NONE);
          s.setLineColor(pale);
          s.setLineStyle(new BasicStroke(1f));
          s.setShowInLegend(false);
        }
      }
      XYSeries line = chart.addSeries(name, xs, mean);
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(colour);
      line.setLineStyle(new BasicStroke(2f));
    }
    if (logY && high > 0 && Double.isFinite(low)) {
      double bottom = Math.pow(10, Math.floor(Math.log10(low)));
      double top = Math.pow(10, Math.ceil(Math.log10(high)));
      styler.setYAxisMin(bottom);
      styler.setYAxisMax(top > bottom ? top : bottom * 10);
    }
    if (chart.getSeriesMap().isEmpty()) {
      chart.getStyler().setYAxisLogarithmic(false);
      chart.addSeries("(no data)", new double[] {0}, new double[] {0});
    }
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
