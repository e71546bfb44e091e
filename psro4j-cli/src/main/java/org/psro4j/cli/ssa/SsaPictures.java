package org.psro4j.cli.ssa;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.psro4j.game.GameParameters;
import org.psro4j.game.ParameterSpec;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaSettings;
import org.psro4j.ssa.evaluation.CustodyTimeline;
import org.psro4j.ssa.evaluation.MatchupTable;

/**
 * The pictures of an {@code ssa_coverage} game as PNG bytes (XChart, headless): the ground-track
 * map of both constellations and the catalogue at a chosen time, the custody timeline of one
 * episode (object × time, who held custody) and the heuristic matchup heat map.
 */
public final class SsaPictures {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  static final Color BLUE = new Color(0x1f5fbf);
  static final Color RED = new Color(0xc8102e);
  static final Color BOTH = new Color(0x7b3294);
  static final Color NONE = new Color(0xe8e8e8);

  static final int WIDTH = 1000;

  private SsaPictures() {}

  /**
   * Sub-satellite points (geocentric latitude, longitude) of Blue's and Red's sensors and of every
   * object at {@code hour} hours into the window, with each sensor's recent ground track; objects
   * are marked by interest (Blue's, Red's, contested). Longitudes take the Greenwich meridian along
   * the inertial x axis at time 0.
   */
  public static byte[] groundTrack(SsaCoverage game, double hour) {
    return GroundTrackChart.png(game, hour);
  }

  /**
   * The matchup table as a heat map with the mean in each cell: Blue's return for Blue's heuristic
   * (rows) against Red's (columns), or Red's with {@code red}.
   */
  public static byte[] matchupHeatMap(MatchupTable table, boolean red) {
    return MatchupHeatMap.png(table, red);
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

  static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
