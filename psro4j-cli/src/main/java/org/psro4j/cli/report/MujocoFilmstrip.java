package org.psro4j.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.mujoco.games.MujocoGame;
import org.psro4j.mujoco.games.MujocoSumo;
import org.psro4j.policy.ContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.run.RunDirectory;

/**
 * A filmstrip of one episode of a MuJoCo game: {@value #FRAMES} stick-figure poses spread evenly
 * over the episode, each drawn from the bodies' world positions (a segment from every body to its
 * parent) in the game's drawing plane, frames side by side, coloured by the player driving each
 * part. The episode is played by each player's highest-weight policy in the final meta-strategy.
 */
final class MujocoFilmstrip {

  static final int FRAMES = 8;

  private static final int PLOT_WIDTH = 1100;

  private static final Color[] PLAYER_COLORS = {new Color(0x1f77b4), new Color(0xd62728)};
  private static final Color SHARED = Color.DARK_GRAY;

  private MujocoFilmstrip() {}

  /** The filmstrip of a run on a MuJoCo game, or nothing for other games. */
  static Map<String, byte[]> draw(
      Path runDir, JsonNode config, JsonNode lastEvent, JsonNode state) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    String name = config == null ? "" : config.path("game").asText("");
    if (!name.startsWith("mujoco_") || lastEvent == null || state == null) {
      return out;
    }
    Game loaded = Games.load(name);
    if (!(loaded instanceof MujocoGame game)) {
      return out;
    }
    Policy[] chosen = new Policy[2];
    for (int p = 0; p < 2; p++) {
      JsonNode weights = lastEvent.path("marginals").path(p);
      int best = 0;
      for (int k = 1; k < weights.size(); k++) {
        if (weights.get(k).asDouble() > weights.get(best).asDouble()) {
          best = k;
        }
      }
      chosen[p] = RunDirectory.checkpoint(runDir, game).state().population().of(p).get(best);
    }
    out.put("filmstrip.png", draw(game, chosen, 42L));
    return out;
  }

  /** Plays one episode with {@code profile} from {@code seed} and draws its filmstrip. */
  static byte[] draw(MujocoGame game, Policy[] profile, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ContinuousState s = (ContinuousState) game.newInitialState();
    List<double[]> poses = new ArrayList<>();
    poses.add(game.bodyPositions(s));
    while (!s.isTerminal()) {
      double[][] joint = new double[2][];
      for (int p = 0; p < 2; p++) {
        joint[p] = ((ContinuousPolicy) profile[p]).sampleAction(s, p, random);
      }
      s.applyContinuous(joint);
      poses.add(game.bodyPositions(s));
    }
    double[] returns = s.returns();
    int[] plane = game.drawingPlane();
    int[] parents = game.bodyParents();
    int[] owners = owners(parents);
    boolean sumo = game instanceof MujocoSumo;
    double slot = sumo ? 2 * ((MujocoSumo) game).ring() + 0.6 : 2.0;
    double[] yRange = sumo ? new double[] {-slot / 2, slot / 2} : new double[] {0, 1.2};
    double xSpan = FRAMES * slot;
    // Equal scales on both axes, so the figures are not stretched.
    int height = (int) Math.round(PLOT_WIDTH * (yRange[1] - yRange[0]) / xSpan) + 110;
    XYChart chart =
        new XYChartBuilder()
            .width(PLOT_WIDTH + 100)
            .height(height)
            .title(
                String.format(
                    java.util.Locale.ROOT,
                    "%s: one episode, %d steps, returns %.3f / %.3f",
                    game,
                    poses.size() - 1,
                    returns[0],
                    returns[1]))
            .xAxisTitle("frames left to right (each shifted to its own slot)")
            .yAxisTitle(plane[1] == 2 ? "z (m)" : "y (m)")
            .build();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridLinesVisible(false);
    chart.getStyler().setXAxisMin(-slot / 2).setXAxisMax(xSpan - slot / 2);
    chart.getStyler().setYAxisMin(yRange[0]).setYAxisMax(yRange[1]);
    for (int f = 0; f < FRAMES; f++) {
      int index = (int) Math.round((double) f * (poses.size() - 1) / (FRAMES - 1));
      double[] xpos = poses.get(index);
      double shift = f * slot - (sumo ? 0 : centre(xpos, parents));
      if (sumo) {
        ring(chart, f, f * slot, ((MujocoSumo) game).ring());
      }
      for (int b = 1; b < parents.length; b++) {
        int parent = parents[b];
        double[] xs = {coord(xpos, b, plane[0]) + shift, 0};
        double[] ys = {coord(xpos, b, plane[1]), 0};
        if (parent == 0) {
          xs[1] = xs[0];
          ys[1] = ys[0];
        } else {
          xs[1] = coord(xpos, parent, plane[0]) + shift;
          ys[1] = coord(xpos, parent, plane[1]);
        }
        XYSeries series = chart.addSeries("f" + f + "b" + b, xs, ys);
        Color color = owners[b] < 0 ? SHARED : PLAYER_COLORS[owners[b]];
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setLineStyle(new BasicStroke(3f));
      }
    }
    return Plots.png(chart);
  }

  private static double coord(double[] xpos, int body, int axis) {
    return xpos[3 * body + axis];
  }

  /** Mean x of the bodies, so each frame sits centred in its slot. */
  private static double centre(double[] xpos, int[] parents) {
    double sum = 0;
    for (int b = 1; b < parents.length; b++) {
      sum += xpos[3 * b];
    }
    return sum / (parents.length - 1);
  }

  private static void ring(XYChart chart, int frame, double cx, double radius) {
    int n = 64;
    double[] xs = new double[n + 1];
    double[] ys = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      xs[i] = cx + radius * Math.cos(2 * Math.PI * i / n);
      ys[i] = radius * Math.sin(2 * Math.PI * i / n);
    }
    XYSeries series = chart.addSeries("ring" + frame, xs, ys);
    series.setLineColor(Color.LIGHT_GRAY);
    series.setLineStyle(new BasicStroke(1.5f));
    series.setMarker(SeriesMarkers.NONE);
  }

  /**
   * The player whose part each body belongs to: the subtrees of the first body (from the world
   * down) with two or more children go to players 0 and 1 in order; bodies above it are shared.
   */
  static int[] owners(int[] parents) {
    int n = parents.length;
    int[] owners = new int[n];
    java.util.Arrays.fill(owners, -1);
    int split = 0;
    while (true) {
      List<Integer> children = children(parents, split);
      if (children.size() >= 2 || children.isEmpty()) {
        for (int k = 0; k < Math.min(2, children.size()); k++) {
          mark(parents, children.get(k), k, owners);
        }
        return owners;
      }
      split = children.getFirst();
    }
  }

  private static List<Integer> children(int[] parents, int body) {
    List<Integer> out = new ArrayList<>();
    for (int b = 1; b < parents.length; b++) {
      if (parents[b] == body) {
        out.add(b);
      }
    }
    return out;
  }

  private static void mark(int[] parents, int body, int owner, int[] owners) {
    owners[body] = owner;
    for (int c : children(parents, body)) {
      mark(parents, c, owner, owners);
    }
  }
}
