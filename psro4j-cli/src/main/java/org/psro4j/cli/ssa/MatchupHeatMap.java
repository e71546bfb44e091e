package org.psro4j.cli.ssa;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.Styler;
import org.psro4j.ssa.evaluation.MatchupTable;

/**
 * The heat map of {@link SsaPictures#matchupHeatMap}: the heuristic matchup table as a PNG
 * (XChart): heuristic names on both axes, the mean return in each cell, a diverging scale (blue
 * where Blue gains, red where Red gains) when some return is negative, else a sequential one from
 * the smallest return to the largest.
 */
final class MatchupHeatMap {

  private static final int WIDTH = 800;

  private MatchupHeatMap() {}

  /**
   * The matchup table as a heat map with the mean in each cell: Blue's return for Blue's heuristic
   * (rows) against Red's (columns), or Red's with {@code red}.
   */
  static byte[] png(MatchupTable table, boolean red) {
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
            .width(WIDTH)
            .height(WIDTH * 3 / 4)
            .title(
                String.format(
                    Locale.ROOT,
                    "%s mean return, %d episodes per cell (%s)",
                    red ? "Red's" : "Blue's",
                    table.episodes(),
                    SsaPictures.compactName(table.game())))
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
      // General-sum returns sit well above 0; spread the colours over the range that occurs.
      double low = Math.floor(min * 1000) / 1000;
      styler.setRangeColors(new Color[] {Color.WHITE, new Color(0x4393c3)});
      styler.setMin(low);
      styler.setMax(Math.max(max, low + 0.001));
    }
    chart.addSeries(red ? "Red's return" : "Blue's return", columns, rowLabels, cells);
    return SsaPictures.png(chart);
  }
}
