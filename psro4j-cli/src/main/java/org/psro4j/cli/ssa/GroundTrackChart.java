package org.psro4j.cli.ssa;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaScenario;
import org.psro4j.ssa.orbit.EarthModel;
import org.psro4j.ssa.orbit.J2SecularPropagator;
import org.psro4j.ssa.orbit.KeplerianElements;

/**
 * The ground-track map of {@link SsaPictures#groundTrack}: sub-satellite points of both
 * constellations and the catalogue propagated (two-body + J2, as the game) to any time in the
 * window, sensors' tracks sampled every minute.
 */
final class GroundTrackChart {

  /** Earth's rotation rate in rad/s (IERS conventional value for the sidereal rate). */
  static final double EARTH_ROTATION_RAD_PER_S = 7.2921150e-5;

  private static final Color CONTESTED = new Color(0xf0a000);

  /** Minutes of ground track drawn behind each sensor. */
  private static final int TRAIL_MINUTES = 45;

  private GroundTrackChart() {}

  /**
   * Sub-satellite points (geocentric latitude, longitude) of Blue's and Red's sensors and of every
   * object at {@code hour} hours into the window, with each sensor's ground track over the previous
   * {@value #TRAIL_MINUTES} minutes. Objects are marked by interest (Blue's, Red's, contested);
   * longitudes take the Greenwich meridian along the inertial x axis at time 0.
   */
  static byte[] png(SsaCoverage game, double hour) {
    Objects.requireNonNull(game, "game");
    int hours = game.settings().hours();
    if (!(hour >= 0 && hour <= hours)) {
      throw new IllegalArgumentException("hour=" + hour + " is not in 0.." + hours);
    }
    SsaScenario scenario = game.scenario();
    J2SecularPropagator propagator = new J2SecularPropagator(EarthModel.EGM96);
    double seconds = hour * 3600;
    XYChart chart =
        new XYChartBuilder()
            .width(SsaPictures.WIDTH)
            .height(560)
            .title(
                String.format(
                    Locale.ROOT,
                    "Sub-satellite points at t = %s h  (%s)",
                    trim(hour),
                    SsaPictures.compactName(game.toString())))
            .xAxisTitle("longitude (deg)")
            .yAxisTitle("latitude (deg)")
            .build();
    var styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(new Color(0xf4f8fb));
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setXAxisMin(-180.0);
    styler.setXAxisMax(180.0);
    styler.setYAxisMin(-90.0);
    styler.setYAxisMax(90.0);
    styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    int sats = game.settings().sats();
    List<KeplerianElements> elements = scenario.elements();
    for (int side = 0; side < 2; side++) {
      Color colour = side == SsaScenario.BLUE ? SsaPictures.BLUE : SsaPictures.RED;
      for (int s = 0; s < sats; s++) {
        KeplerianElements el = elements.get(scenario.sensorBody(side, s));
        List<List<double[]>> pieces = trail(propagator, el, seconds);
        int piece = 0;
        for (List<double[]> points : pieces) {
          if (points.size() < 2) {
            continue;
          }
          XYSeries line =
              chart.addSeries(
                  "track " + side + "/" + s + "/" + piece++, column(points, 0), column(points, 1));
          line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
          line.setMarker(SeriesMarkers.NONE);
          line.setLineColor(withAlpha(colour, 110));
          line.setLineStyle(new BasicStroke(1.5f));
          line.setShowInLegend(false);
        }
      }
    }
    List<double[]> blueObjects = new ArrayList<>();
    List<double[]> redObjects = new ArrayList<>();
    List<double[]> contested = new ArrayList<>();
    for (int o = 0; o < game.settings().objects(); o++) {
      double[] point = subSatellitePoint(propagator, elements.get(scenario.objectBody(o)), seconds);
      switch (scenario.interest(o)) {
        case 1 -> blueObjects.add(point);
        case 2 -> redObjects.add(point);
        default -> contested.add(point);
      }
    }
    scatter(
        chart,
        "Blue's objects",
        blueObjects,
        SeriesMarkers.CIRCLE,
        withAlpha(SsaPictures.BLUE, 150),
        7);
    scatter(
        chart,
        "Red's objects",
        redObjects,
        SeriesMarkers.SQUARE,
        withAlpha(SsaPictures.RED, 150),
        7);
    scatter(chart, "contested objects", contested, SeriesMarkers.DIAMOND, CONTESTED, 12);
    for (int side = 0; side < 2; side++) {
      List<double[]> sensors = new ArrayList<>();
      for (int s = 0; s < sats; s++) {
        sensors.add(
            subSatellitePoint(propagator, elements.get(scenario.sensorBody(side, s)), seconds));
      }
      boolean blue = side == SsaScenario.BLUE;
      scatter(
          chart,
          blue ? "Blue sensors" : "Red sensors",
          sensors,
          blue ? SeriesMarkers.CIRCLE : SeriesMarkers.TRIANGLE_UP,
          blue ? SsaPictures.BLUE : SsaPictures.RED,
          13);
    }
    return SsaPictures.png(chart);
  }

  /** [longitude, latitude] in degrees of the point below {@code el} at {@code seconds}. */
  static double[] subSatellitePoint(
      J2SecularPropagator propagator, KeplerianElements el, double seconds) {
    double[] r = propagator.position(el, seconds);
    double longitude =
        Math.toDegrees(Math.atan2(r[1], r[0]) - EARTH_ROTATION_RAD_PER_S * seconds) % 360;
    if (longitude > 180) {
      longitude -= 360;
    } else if (longitude < -180) {
      longitude += 360;
    }
    double latitude =
        Math.toDegrees(Math.asin(r[2] / Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2])));
    return new double[] {longitude, latitude};
  }

  /** The ground track over the last minutes, split where it wraps across ±180°. */
  private static List<List<double[]>> trail(
      J2SecularPropagator propagator, KeplerianElements el, double seconds) {
    List<List<double[]>> pieces = new ArrayList<>();
    List<double[]> current = new ArrayList<>();
    double[] previous = null;
    for (int m = TRAIL_MINUTES; m >= 0; m--) {
      double t = seconds - 60.0 * m;
      if (t < 0) {
        continue;
      }
      double[] p = subSatellitePoint(propagator, el, t);
      if (previous != null && Math.abs(p[0] - previous[0]) > 180) {
        pieces.add(current);
        current = new ArrayList<>();
      }
      current.add(p);
      previous = p;
    }
    pieces.add(current);
    return pieces;
  }

  private static void scatter(
      XYChart chart, String name, List<double[]> points, Marker marker, Color colour, int size) {
    if (points.isEmpty()) {
      return;
    }
    XYSeries series = chart.addSeries(name, column(points, 0), column(points, 1));
    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    series.setMarker(new SizedMarker(marker, size));
    series.setMarkerColor(colour);
  }

  /** A marker drawn at its own size (XChart 3.8 sizes markers per chart, not per series). */
  private static final class SizedMarker extends Marker {
    private final Marker shape;
    private final int size;

    SizedMarker(Marker shape, int size) {
      this.shape = shape;
      this.size = size;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int ignoredSize) {
      shape.paint(g, x, y, size);
    }
  }

  private static String trim(double hour) {
    return hour == Math.rint(hour) ? Long.toString((long) hour) : Double.toString(hour);
  }

  private static double[] column(List<double[]> points, int k) {
    double[] out = new double[points.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = points.get(i)[k];
    }
    return out;
  }

  private static Color withAlpha(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }
}
