package org.psro4j.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.psro4j.cfr.Cfr;
import org.psro4j.cfr.CfrOptions;
import org.psro4j.exact.GameTree;
import org.psro4j.game.Game;

/**
 * A reference curve for a run's gap plot: CFR+ (Tammelin et al. 2015) run on the same game for the
 * run's wall time, with the exact NashConv of its average policy at doubling iteration counts. Only
 * the solver's own time counts on the x axis (the NashConv measurements are left out), so the curve
 * shows what CFR+ reaches in the same seconds the run took.
 *
 * @param seconds CFR+ seconds at each measurement
 * @param nashConv NashConv of the average policy there
 * @param iterations CFR+ iterations there
 */
public record CfrReference(double[] seconds, double[] nashConv, int[] iterations) {

  /** Names {@code --reference} accepts. */
  public static final List<String> NAMES = List.of("cfr+");

  /** Told how far the reference has got, e.g. to drive a progress bar. */
  @FunctionalInterface
  public interface Progress {
    /** {@code seconds} of CFR+ spent out of {@code budget}. */
    void update(double seconds, double budget);
  }

  /**
   * Runs CFR+ on {@code game} for {@code wallSeconds}, telling {@code progress}; throws {@link
   * IllegalArgumentException} for an unknown name or a game CFR+ cannot serve as a reference for.
   */
  public static CfrReference run(String name, Game game, double wallSeconds, Progress progress) {
    if (!NAMES.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("--reference " + name + ": known references are cfr+");
    }
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException(
          "--reference cfr+ needs a two-player game; "
              + game
              + " has "
              + game.numPlayers()
              + " players");
    }
    if (game.hasContinuousActions()) {
      throw new IllegalArgumentException(
          "--reference cfr+ needs a game whose tree can be walked; " + game + " is continuous");
    }
    GameTree tree = GameTree.of(game);
    Cfr cfr = new Cfr(tree, CfrOptions.cfrPlus());
    List<double[]> points = new ArrayList<>();
    double budget = Math.max(wallSeconds, 1e-3);
    double spent = 0;
    int next = 1;
    while (true) {
      long start = System.nanoTime();
      while (cfr.iterations() < next) {
        cfr.iterate();
      }
      spent += (System.nanoTime() - start) / 1e9;
      points.add(new double[] {spent, cfr.nashConv().nashConv(), cfr.iterations()});
      progress.update(Math.min(spent, budget), budget);
      if (spent >= budget) {
        break;
      }
      // Doubling, but never overshooting the budget by more than the time of one step so far.
      double perIteration = spent / cfr.iterations();
      int left = (int) Math.ceil((budget - spent) / Math.max(perIteration, 1e-9));
      next = cfr.iterations() + Math.max(1, Math.min(cfr.iterations(), left));
    }
    double[] s = new double[points.size()];
    double[] g = new double[points.size()];
    int[] it = new int[points.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = points.get(i)[0];
      g[i] = points.get(i)[1];
      it[i] = (int) points.get(i)[2];
    }
    return new CfrReference(s, g, it);
  }

  /** The last measurement's NashConv. */
  public double finalNashConv() {
    return nashConv[nashConv.length - 1];
  }

  /** The last measurement's iteration count. */
  public int finalIterations() {
    return iterations[iterations.length - 1];
  }
}
