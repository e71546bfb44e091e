package org.psro4j.cli.ssa;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.psro4j.game.GameParameters;
import org.psro4j.game.ParameterSpec;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaScenario;
import org.psro4j.ssa.SsaSettings;
import org.psro4j.ssa.evaluation.CustodyTimeline;
import org.psro4j.ssa.evaluation.MatchupTable;
import org.psro4j.ssa.orbit.EarthModel;
import org.psro4j.ssa.orbit.J2SecularPropagator;
import org.psro4j.ssa.orbit.KeplerianElements;

/**
 * The pictures of an {@code ssa_coverage} game as PNG bytes (XChart, headless): the ground-track
 * map of both constellations and the catalogue at a chosen time, the custody timeline of one
 * episode (object × time, who held custody) and the heuristic matchup heat map.
 */
public final class SsaPictures {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** Earth's rotation rate in rad/s (IERS conventional value for the sidereal rate). */
  static final double EARTH_ROTATION_RAD_PER_S = 7.2921150e-5;

  static final Color BLUE = new Color(0x1f5fbf);
  static final Color RED = new Color(0xc8102e);
  static final Color BOTH = new Color(0x7b3294);
  static final Color NONE = new Color(0xe8e8e8);
  private static final Color CONTESTED = new Color(0xf0a000);

  private static final int WIDTH = 1000;

  /** Minutes of ground track drawn behind each sensor. */
  private static final int TRAIL_MINUTES = 45;

  private SsaPictures() {}

  /**
   * Sub-satellite points (geocentric latitude, longitude) of Blue's and Red's sensors and of every
   * object at {@code hour} hours into the window, with each sensor's ground track over the previous
   * {@value #TRAIL_MINUTES} minutes. Objects are marked by interest (Blue's, Red's, contested);
   * longitudes take the Greenwich meridian along the inertial x axis at time 0.
   */
  public static byte[] groundTrack(SsaCoverage game, double hour) {
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
            .width(WIDTH)
            .height(560)
            .title(
                String.format(
                    Locale.ROOT,
                    "Sub-satellite points at t = %s h  (%s)",
                    trim(hour),
                    shortName(game)))
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
      Color colour = side == SsaScenario.BLUE ? BLUE : RED;
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
    scatter(chart, "Blue's objects", blueObjects, SeriesMarkers.CIRCLE, withAlpha(BLUE, 150), 7);
    scatter(chart, "Red's objects", redObjects, SeriesMarkers.SQUARE, withAlpha(RED, 150), 7);
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
          blue ? BLUE : RED,
          13);
    }
    return png(chart);
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

  /**
   * Object × time: who held custody of each object after each step of {@code timeline} (Blue only,
   * Red only, both, neither), rows grouped as contested, Blue's, then Red's objects.
   */
  public static byte[] custodyTimeline(CustodyTimeline timeline, String blueName, String redName) {
    Objects.requireNonNull(timeline, "timeline");
    int objects = timeline.objects();
    int steps = timeline.steps();
    List<Integer> rows = new ArrayList<>();
    for (int bits : new int[] {2, 1, 3}) {
      for (int o = objects - 1; o >= 0; o--) {
        if (timeline.interest(o) == bits) {
          rows.add(o);
        }
      }
    }
    List<String> yLabels = new ArrayList<>();
    List<Number[]> cells = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      int o = rows.get(r);
      yLabels.add(interestTag(timeline.interest(o)) + " " + o);
      for (int s = 0; s < steps; s++) {
        cells.add(new Number[] {s, r, timeline.holder(o, s).bits()});
      }
    }
    // Every step is a category; only whole multiples of a round number of hours get a label (XChart
    // would otherwise thin the labels of both axes alike and hide half the objects).
    int labelMinutes = 60 * labelSpacingHours(steps * timeline.stepMinutes() / 60.0);
    List<String> xHours = new ArrayList<>();
    for (int s = 0; s < steps; s++) {
      int minutes = s * timeline.stepMinutes();
      xHours.add(minutes % labelMinutes == 0 ? Integer.toString(minutes / 60) : " ");
    }
    double[] returns = timeline.returns();
    HeatMapChart chart =
        new HeatMapChartBuilder()
            .width(WIDTH)
            .height(Math.max(420, 160 + 20 * objects))
            .title(
                String.format(
                    Locale.ROOT,
                    "Custody timeline, episode %d: Blue %s vs Red %s  (returns %+.4f / %+.4f)",
                    timeline.episode(),
                    blueName,
                    redName,
                    returns[0],
                    returns[1]))
            .xAxisTitle(
                "hours into the window        colours: blue = Blue only, red = Red only,"
                    + " purple = both, grey = neither")
            .yAxisTitle("object (C contested, B Blue's, R Red's)")
            .build();
    var styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setLegendVisible(false);
    styler.setShowValue(false);
    styler.setDrawBorder(true);
    styler.setPlotGridLinesVisible(false);
    styler.setRangeColors(new Color[] {NONE, BLUE, RED, BOTH});
    styler.setMin(0);
    styler.setMax(3);
    styler.setXAxisMaxLabelCount(0);
    styler.setAxisTicksMarksVisible(false);
    chart.addSeries("custody", xHours, yLabels, cells);
    return png(chart);
  }

  /**
   * The matchup table as a heat map with the mean in each cell: Blue's return for Blue's heuristic
   * (rows) against Red's (columns), or Red's with {@code red}.
   */
  public static byte[] matchupHeatMap(MatchupTable table, boolean red) {
    Objects.requireNonNull(table, "table");
    double[][] means = red ? table.redMean() : table.blueMean();
    int n = table.size();
    List<String> columns = new ArrayList<>();
    List<String> rowLabels = new ArrayList<>();
    List<Number[]> cells = new ArrayList<>();
    double max = 1e-12;
    double min = Double.POSITIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      columns.add(table.heuristics().get(j));
    }
    for (int i = n - 1; i >= 0; i--) {
      rowLabels.add(table.heuristics().get(i));
      for (int j = 0; j < n; j++) {
        double v = means[i][j];
        cells.add(new Number[] {j, n - 1 - i, v});
        max = Math.max(max, Math.abs(v));
        min = Math.min(min, v);
      }
    }
    HeatMapChart chart =
        new HeatMapChartBuilder()
            .width(WIDTH * 4 / 5)
            .height(WIDTH * 3 / 5)
            .title(
                String.format(
                    Locale.ROOT,
                    "%s mean return, %d episodes per cell (%s)",
                    red ? "Red's" : "Blue's",
                    table.episodes(),
                    shortName(table.game())))
            .xAxisTitle("Red's heuristic")
            .yAxisTitle("Blue's heuristic")
            .build();
    var styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setShowValue(n <= 12);
    styler.setHeatMapValueDecimalPattern("0.0000");
    styler.setValueFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    styler.setValueFontColor(Color.BLACK);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    // The colour legend prints its ends in full, so round them outward to three decimals.
    max = Math.ceil(max * 1000) / 1000;
    if (min < 0) {
      styler.setRangeColors(new Color[] {new Color(0xd6604d), Color.WHITE, new Color(0x4393c3)});
      styler.setMin(-max);
      styler.setMax(max);
    } else {
      styler.setRangeColors(new Color[] {Color.WHITE, new Color(0x4393c3)});
      styler.setMin(0);
      styler.setMax(max);
    }
    chart.addSeries(red ? "Red's return" : "Blue's return", columns, rowLabels, cells);
    return png(chart);
  }

  /** A round label spacing in hours giving at most about 18 labels over {@code hours}. */
  static int labelSpacingHours(double hours) {
    for (int spacing : new int[] {1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 168}) {
      if (hours / spacing <= 18) {
        return spacing;
      }
    }
    return (int) Math.ceil(hours / 18 / 168) * 168;
  }

  private static String interestTag(int bits) {
    return switch (bits) {
      case 1 -> "B";
      case 2 -> "R";
      default -> "C";
    };
  }

  private static String shortName(SsaCoverage game) {
    return compactName(game.toString());
  }

  private static String shortName(String game) {
    return compactName(game);
  }

  /**
   * The game string with only the parameters that differ from their defaults (the canonical string
   * lists all twenty), e.g. {@code ssa_coverage(hours=12,dazzle=true)}.
   */
  static String compactName(String game) {
    GameParameters parsed = GameParameters.parse(game);
    StringBuilder out = new StringBuilder();
    for (ParameterSpec spec : SsaSettings.PARAMETERS) {
      Object value = parsed.values().get(spec.name());
      if (value != null && !String.valueOf(value).equals(String.valueOf(spec.defaultValue()))) {
        out.append(out.isEmpty() ? "" : ",").append(spec.name()).append('=').append(value);
      }
    }
    return parsed.gameName() + "(" + out + ")";
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

  private static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
