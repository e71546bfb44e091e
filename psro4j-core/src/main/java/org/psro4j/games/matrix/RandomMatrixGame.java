package org.psro4j.games.matrix;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameSpec;
import org.psro4j.game.GameType;
import org.psro4j.game.ParameterSpec;

/**
 * {@code random_matrix(players=n,actions=k,zero_sum=bool,seed=s)}: an n-player normal-form game
 * with k actions each and payoffs drawn uniformly from [-1, 1) by {@link SplittableRandom}{@code
 * (seed)}.
 *
 * <p>Draw order: joint actions in row-major order (last player fastest), and within a joint action
 * players 0..n-1. For a zero-sum game only players 0..n-2 are drawn and the last player receives
 * minus their sum (for two players, the classic {@code -A}); its payoffs then lie in [-(n-1), n-1].
 */
public final class RandomMatrixGame {

  /** Registry entry. */
  public static final GameSpec SPEC =
      new GameSpec(
          "random_matrix",
          "random n-player normal-form game, payoffs uniform in [-1,1] from a seed",
          List.of(
              new ParameterSpec("players", 2, "number of players, at least 2"),
              new ParameterSpec("actions", 3, "actions per player, at least 1"),
              new ParameterSpec("zero_sum", true, "last player's payoff is minus the others' sum"),
              new ParameterSpec("seed", 0, "seed of java.util.SplittableRandom")),
          RandomMatrixGame::create);

  /** Joint-action count above which the payoff tensor is refused (memory guard). */
  private static final int MAX_JOINT_ACTIONS = 1 << 24;

  private RandomMatrixGame() {}

  /** Builds the game from resolved parameters. */
  static NormalFormGame create(GameParameters parameters) {
    int players = parameters.getInt("players");
    int actions = parameters.getInt("actions");
    boolean zeroSum = parameters.getBoolean("zero_sum");
    int seed = parameters.getInt("seed");
    if (players < 2) {
      throw new IllegalArgumentException(
          "random_matrix: players=" + players + " must be at least 2");
    }
    if (actions < 1) {
      throw new IllegalArgumentException(
          "random_matrix: actions=" + actions + " must be at least 1");
    }
    long joint = 1;
    for (int p = 0; p < players; p++) {
      joint *= actions;
      if (joint > MAX_JOINT_ACTIONS) {
        throw new IllegalArgumentException(
            "random_matrix: actions="
                + actions
                + "^players="
                + players
                + " exceeds "
                + MAX_JOINT_ACTIONS
                + " joint actions");
      }
    }
    int size = (int) joint;
    double[][] payoffs = new double[players][size];
    SplittableRandom rng = new SplittableRandom(seed);
    int drawn = zeroSum ? players - 1 : players;
    for (int j = 0; j < size; j++) {
      double sum = 0;
      for (int p = 0; p < drawn; p++) {
        payoffs[p][j] = rng.nextDouble(-1.0, 1.0);
        sum += payoffs[p][j];
      }
      if (zeroSum) {
        payoffs[players - 1][j] = -sum;
      }
    }
    int[] numActions = new int[players];
    Arrays.fill(numActions, actions);
    GameType.Utility utility = zeroSum ? GameType.Utility.ZERO_SUM : GameType.Utility.GENERAL_SUM;
    return new NormalFormGame(
        parameters,
        "Random " + (zeroSum ? "zero-sum" : "general-sum") + " matrix game",
        utility,
        numActions,
        payoffs,
        null);
  }
}
