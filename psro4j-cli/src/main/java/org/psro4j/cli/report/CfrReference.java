package org.psro4j.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.psro4j.cfr.Cfr;
import org.psro4j.cfr.CfrOptions;
import org.psro4j.exact.GameTree;
import org.psro4j.game.Game;
import org.psro4j.run.RunDirectory;

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

  /** The file a run keeps its reference curve in, beside metrics.csv. */
  public static final String FILE = "reference.json";

  private static final ObjectMapper JSON = new ObjectMapper();

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
    requireServes(name, game);
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

  /**
   * Throws {@link IllegalArgumentException} naming the reason when {@code name} is unknown or CFR+
   * cannot serve as a reference for {@code game} (checked before a run starts).
   */
  public static void requireServes(String name, Game game) {
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
  }

  /** Writes this curve as {@value #FILE} of {@code runDir} (atomically). */
  public void write(Path runDir, double budgetSeconds) {
    ObjectNode o = JSON.createObjectNode();
    o.put("format", "psro4j_reference");
    o.put("version", 1);
    o.put("solver", "cfr+");
    o.put("budget_s", budgetSeconds);
    o.set("seconds", JSON.valueToTree(seconds));
    o.set("nash_conv", JSON.valueToTree(nashConv));
    o.set("iterations", JSON.valueToTree(iterations));
    RunDirectory.writeExtra(runDir, FILE, o.toPrettyString() + "\n");
  }

  /** The curve a run recorded in {@value #FILE}, or null when it has none. */
  public static CfrReference read(Path runDir) {
    Path file = runDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      JsonNode o = JSON.readTree(file.toFile());
      int n = o.path("seconds").size();
      if (n == 0 || o.path("nash_conv").size() != n || o.path("iterations").size() != n) {
        throw new IllegalArgumentException(file + " is corrupt: its curves are empty or uneven");
      }
      double[] s = new double[n];
      double[] g = new double[n];
      int[] it = new int[n];
      for (int i = 0; i < n; i++) {
        s[i] = o.path("seconds").get(i).asDouble();
        g[i] = o.path("nash_conv").get(i).asDouble();
        it[i] = o.path("iterations").get(i).asInt();
      }
      return new CfrReference(s, g, it);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is corrupt: " + e.getMessage());
    }
  }
}
