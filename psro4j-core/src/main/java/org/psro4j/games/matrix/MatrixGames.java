package org.psro4j.games.matrix;

import java.util.List;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameSpec;
import org.psro4j.game.GameType;

/**
 * The named two-player matrix games, with the payoffs of OpenSpiel's {@code matrix_games.cc}
 * (biased RPS scaled by 1/100 as in Bošanský et al. 2016, Figure 7). Each takes no parameters.
 */
public final class MatrixGames {

  private static final String[] RPS = {"Rock", "Paper", "Scissors"};

  /** Rock-paper-scissors: win 1, lose -1, tie 0; zero-sum. */
  public static final GameSpec ROCK_PAPER_SCISSORS =
      spec(
          "rock_paper_scissors",
          "Rock, Paper, Scissors",
          "rock-paper-scissors, zero-sum; equilibrium uniform, value 0",
          GameType.Utility.ZERO_SUM,
          new double[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}},
          null,
          RPS);

  /**
   * Biased rock-paper-scissors (Bošanský, Lisý, Lanctot, Čermák, Winands 2016, Figure 7; OpenSpiel
   * {@code matrix_brps}); zero-sum, equilibrium (1/16, 10/16, 5/16).
   */
  public static final GameSpec BIASED_RPS =
      spec(
          "biased_rps",
          "Biased Rock, Paper, Scissors",
          "biased rock-paper-scissors (Bosansky et al. 2016), zero-sum; equilibrium (1,10,5)/16",
          GameType.Utility.ZERO_SUM,
          new double[][] {{0, -0.25, 0.5}, {0.25, 0, -0.05}, {-0.5, 0.05, 0}},
          null,
          RPS);

  /** Matching pennies: the row player wins 1 when the coins match; zero-sum. */
  public static final GameSpec MATCHING_PENNIES =
      spec(
          "matching_pennies",
          "Matching Pennies",
          "matching pennies, zero-sum; equilibrium (1/2, 1/2), value 0",
          GameType.Utility.ZERO_SUM,
          new double[][] {{1, -1}, {-1, 1}},
          null,
          new String[] {"Heads", "Tails"});

  /** Prisoner's dilemma: cooperate (0) or defect (1); general-sum. */
  public static final GameSpec PRISONERS_DILEMMA =
      spec(
          "prisoners_dilemma",
          "Prisoner's Dilemma",
          "prisoner's dilemma, general-sum; defect/defect is the only equilibrium",
          GameType.Utility.GENERAL_SUM,
          new double[][] {{5, 0}, {10, 1}},
          new double[][] {{5, 10}, {0, 1}},
          new String[] {"Cooperate", "Defect"});

  /** Chicken (dare or chicken out); general-sum. */
  public static final GameSpec CHICKEN =
      spec(
          "chicken",
          "Chicken-Dare",
          "chicken (dare/chicken), general-sum; two pure equilibria and a mixed one",
          GameType.Utility.GENERAL_SUM,
          new double[][] {{0, 4}, {1, 3}},
          new double[][] {{0, 1}, {4, 3}},
          new String[] {"Dare", "Chicken"});

  /** Battle of the sexes (Bach or Stravinsky); general-sum. */
  public static final GameSpec BATTLE_OF_THE_SEXES =
      spec(
          "battle_of_the_sexes",
          "Battle of the Sexes",
          "battle of the sexes (Bach or Stravinsky), general-sum",
          GameType.Utility.GENERAL_SUM,
          new double[][] {{3, 0}, {0, 2}},
          new double[][] {{2, 0}, {0, 3}},
          new String[] {"Bach", "Stravinsky"});

  /**
   * Shapley's game, a general-sum rock-paper-scissors on which fictitious play cycles (Shoham and
   * Leyton-Brown 2009, ch. 7).
   */
  public static final GameSpec SHAPLEYS_GAME =
      spec(
          "shapleys_game",
          "Shapley's Game",
          "Shapley's game, general-sum RPS variant where fictitious play cycles",
          GameType.Utility.GENERAL_SUM,
          new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}},
          new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}},
          RPS);

  private MatrixGames() {}

  private static GameSpec spec(
      String name,
      String longName,
      String description,
      GameType.Utility utility,
      double[][] row,
      double[][] column,
      String[] actionNames) {
    return new GameSpec(
        name,
        description,
        List.of(),
        params -> bimatrix(params, longName, utility, row, column, actionNames));
  }

  /**
   * A two-player game from its row player's matrix {@code row[i][j]} and column player's matrix
   * {@code column[i][j]} (row action i, column action j); a {@code null} column matrix means
   * zero-sum ({@code -row}).
   */
  public static NormalFormGame bimatrix(
      GameParameters parameters,
      String longName,
      GameType.Utility utility,
      double[][] row,
      double[][] column,
      String[] actionNames) {
    int rows = row.length;
    int cols = row[0].length;
    double[] p0 = new double[rows * cols];
    double[] p1 = new double[rows * cols];
    for (int i = 0; i < rows; i++) {
      if (row[i].length != cols || (column != null && column[i].length != cols)) {
        throw new IllegalArgumentException("matrix row " + i + " has the wrong length");
      }
      for (int j = 0; j < cols; j++) {
        p0[i * cols + j] = row[i][j];
        p1[i * cols + j] = column == null ? -row[i][j] : column[i][j];
      }
    }
    String[][] names = actionNames == null ? null : new String[][] {actionNames, actionNames};
    return new NormalFormGame(
        parameters, longName, utility, new int[] {rows, cols}, new double[][] {p0, p1}, names);
  }
}
