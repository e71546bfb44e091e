package org.psro4j.cli.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.solvers.rating.EloRatings;
import org.psro4j.solvers.rating.MultidimensionalElo;
import org.psro4j.solvers.rating.WinProbabilities;

/**
 * The final population rated on the meta-game: Elo and multidimensional Elo (Balduzzi et al. 2018)
 * for two players, α-Rank (Omidshafiei et al. 2019) for any number. α-Rank solves one dense system
 * over the joint profiles, so on a large meta-game it runs on the sub-game of each player's
 * highest-weight policies (at most {@value #ALPHA_RANK_PROFILES} profiles) and the others have no
 * mass.
 *
 * @param players each player's rows, sorted by final weight (highest first)
 * @param eloError mean absolute error of Elo's predicted win probabilities (NaN if not fitted)
 * @param meloError the same for mElo with one cyclic pair
 * @param alphaRankPolicies policies per player in α-Rank's sub-game (0 when α-Rank failed)
 * @param alphaRankNote why α-Rank ran on a sub-game or not at all (empty when on the full game)
 */
public record PolicyRatings(
    List<List<PolicyRow>> players,
    double eloError,
    double meloError,
    int[] alphaRankPolicies,
    String alphaRankNote) {

  /** The most joint profiles α-Rank is asked to rank (its dense solve is cubic in this). */
  static final int ALPHA_RANK_PROFILES = 1_000;

  private static final int MELO_STEPS = 1_500;

  /**
   * Rates the policies of {@code game}; {@code weights[p]} is player p's final marginal and {@code
   * born[p][k]} the iteration that added policy k.
   */
  static PolicyRatings of(EmpiricalGame game, double[][] weights, int[][] born, long seed) {
    int n = game.players();
    double[][] elo = new double[n][];
    double[][] melo = new double[n][];
    double eloError = Double.NaN;
    double meloError = Double.NaN;
    if (n == 2 && game.isComplete()) {
      WinProbabilities table = WinProbabilities.of(game);
      EloRatings e = EloRatings.fit(table);
      MultidimensionalElo m = MultidimensionalElo.fit(table, e, 1, MELO_STEPS, seed);
      elo = new double[][] {e.rows(), e.columns()};
      melo = new double[][] {m.ratings().rows(), m.ratings().columns()};
      eloError = error(table, e::winProbability);
      meloError = error(table, m::winProbability);
    }
    double[][] alpha = new double[n][];
    int[] ranked = new int[n];
    String note = "";
    int[][] chosen = highestWeights(game, weights);
    long profiles = 1;
    for (int[] c : chosen) {
      profiles *= c.length;
    }
    boolean sub = profiles < game.jointSize();
    try {
      MetaStrategy s = MetaSolvers.create("alpharank").solve(subGame(game, chosen));
      for (int p = 0; p < n; p++) {
        alpha[p] = new double[game.size(p)];
        Arrays.fill(alpha[p], sub ? Double.NaN : 0);
        double[] mass = s.marginal(p);
        for (int i = 0; i < chosen[p].length; i++) {
          alpha[p][chosen[p][i]] = mass[i];
        }
        ranked[p] = chosen[p].length;
      }
      if (sub) {
        note =
            "α-Rank ranks the sub-game of each player's "
                + Arrays.toString(ranked).replaceAll("[\\[\\]]", "").replace(", ", " / ")
                + " highest-weight policies ("
                + Numbers.count(profiles)
                + " of "
                + Numbers.count(game.jointSize())
                + " profiles); the others show –.";
      }
    } catch (RuntimeException ex) {
      note = "α-Rank failed on this meta-game: " + ex.getMessage();
      Arrays.fill(ranked, 0);
    }
    List<List<PolicyRow>> rows = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      List<PolicyRow> list = new ArrayList<>();
      for (int k = 0; k < game.size(p); k++) {
        list.add(
            new PolicyRow(
                k,
                game.name(p, k),
                k < born[p].length ? born[p][k] : -1,
                k < weights[p].length ? weights[p][k] : 0,
                elo[p] == null ? Double.NaN : elo[p][k],
                melo[p] == null ? Double.NaN : melo[p][k],
                alpha[p] == null ? Double.NaN : alpha[p][k]));
      }
      list.sort(
          Comparator.comparingDouble(PolicyRow::weight)
              .reversed()
              .thenComparingInt(PolicyRow::index));
      rows.add(List.copyOf(list));
    }
    return new PolicyRatings(List.copyOf(rows), eloError, meloError, ranked, note);
  }

  /** Each player's policies of highest weight, as many as keep the profiles within the limit. */
  private static int[][] highestWeights(EmpiricalGame game, double[][] weights) {
    int n = game.players();
    int keep = (int) Math.floor(Math.pow(ALPHA_RANK_PROFILES, 1.0 / n) + 1e-9);
    int[][] chosen = new int[n][];
    for (int p = 0; p < n; p++) {
      int size = game.size(p);
      double[] w = weights[p];
      Integer[] order = new Integer[size];
      for (int k = 0; k < size; k++) {
        order[k] = k;
      }
      Arrays.sort(order, Comparator.comparingDouble(k -> k < w.length ? -w[k] : 0.0));
      int take = game.jointSize() <= ALPHA_RANK_PROFILES ? size : Math.min(size, keep);
      chosen[p] = Arrays.stream(order, 0, take).mapToInt(Integer::intValue).sorted().toArray();
    }
    return chosen;
  }

  /** The meta-game restricted to the {@code chosen} policies of each player. */
  private static EmpiricalGame subGame(EmpiricalGame game, int[][] chosen) {
    int n = game.players();
    int[] sizes = new int[n];
    int total = 1;
    for (int p = 0; p < n; p++) {
      sizes[p] = chosen[p].length;
      total *= sizes[p];
    }
    double[][] payoffs = new double[n][total];
    int[] local = new int[n];
    int[] full = new int[n];
    for (int flat = 0; flat < total; flat++) {
      // Row-major: the last player's index runs fastest.
      int rest = flat;
      for (int p = n - 1; p >= 0; p--) {
        local[p] = rest % sizes[p];
        rest /= sizes[p];
        full[p] = chosen[p][local[p]];
      }
      for (int p = 0; p < n; p++) {
        payoffs[p][flat] = game.mean(p, full);
      }
    }
    return EmpiricalGame.ofExact(sizes, payoffs);
  }

  private interface Model {
    double winProbability(int i, int j);
  }

  private static double error(WinProbabilities table, Model model) {
    double sum = 0;
    for (int i = 0; i < table.rows(); i++) {
      for (int j = 0; j < table.columns(); j++) {
        sum += Math.abs(model.winProbability(i, j) - table.p()[i][j]);
      }
    }
    return sum / (table.rows() * table.columns());
  }
}
