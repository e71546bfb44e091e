package org.psro4j.ssa.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The heuristic-versus-heuristic payoff table of an {@code ssa_coverage} game: entry [i][j] is the
 * mean return when Blue plays heuristic i and Red plays heuristic j, over the same seeded episodes,
 * with its standard error (sample standard deviation / √episodes). Arrays are the caller's to read,
 * not to change; serialises to JSON as is (Jackson reads records).
 *
 * @param game the canonical game string
 * @param heuristics the heuristic names, the rows (Blue) and the columns (Red)
 * @param episodes episodes per entry
 * @param seed the seed that chose the episodes and drove random policies
 * @param blueMean Blue's mean return, [Blue's heuristic][Red's heuristic]
 * @param blueStandardError its standard error
 * @param redMean Red's mean return
 * @param redStandardError its standard error
 */
public record MatchupTable(
    String game,
    List<String> heuristics,
    int episodes,
    long seed,
    double[][] blueMean,
    double[][] blueStandardError,
    double[][] redMean,
    double[][] redStandardError) {

  public MatchupTable {
    Objects.requireNonNull(game, "game");
    heuristics = List.copyOf(heuristics);
    int n = heuristics.size();
    for (double[][] m : List.of(blueMean, blueStandardError, redMean, redStandardError)) {
      if (m.length != n) {
        throw new IllegalArgumentException(
            "a table has " + m.length + " rows for " + n + " heuristics");
      }
      for (double[] row : m) {
        if (row.length != n) {
          throw new IllegalArgumentException(
              "a table row has " + row.length + " entries for " + n + " heuristics");
        }
      }
    }
  }

  /** Number of heuristics (rows and columns). */
  public int size() {
    return heuristics.size();
  }

  /**
   * For each of Blue's heuristics, whether it is a best response (highest Blue mean) to some Red
   * heuristic; a single {@code true} means one heuristic dominates Blue's choices.
   */
  public boolean[] blueBestResponses() {
    int n = size();
    boolean[] best = new boolean[n];
    for (int j = 0; j < n; j++) {
      int arg = 0;
      for (int i = 1; i < n; i++) {
        if (blueMean[i][j] > blueMean[arg][j]) {
          arg = i;
        }
      }
      best[arg] = true;
    }
    return best;
  }

  /** For each of Red's heuristics, whether it is a best response to some Blue heuristic. */
  public boolean[] redBestResponses() {
    int n = size();
    boolean[] best = new boolean[n];
    for (int i = 0; i < n; i++) {
      int arg = 0;
      for (int j = 1; j < n; j++) {
        if (redMean[i][j] > redMean[i][arg]) {
          arg = j;
        }
      }
      best[arg] = true;
    }
    return best;
  }
}
