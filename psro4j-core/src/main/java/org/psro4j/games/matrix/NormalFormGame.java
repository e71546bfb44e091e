package org.psro4j.games.matrix;

import java.util.Arrays;
import java.util.Objects;
import org.psro4j.game.Game;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameType;
import org.psro4j.game.JointActions;
import org.psro4j.game.State;

/**
 * An n-player normal-form (matrix) game: every player picks one action at once, then the game ends
 * with payoffs read from one tensor per player (after OpenSpiel's {@code NormalFormGame} and {@code
 * MatrixGame}). Simultaneous moves, no chance, terminal rewards.
 *
 * <p>Payoffs are stored row-major over joint actions: the last player's action varies fastest.
 * {@link #payoff(int, int[])} and {@link #numActions(int)} let meta-game solvers and tests read the
 * tensor. Utility bounds are the smallest and largest entries.
 */
public final class NormalFormGame implements Game {

  private final GameParameters parameters;
  private final GameType type;
  private final int[] numActions;
  private final double[][] payoffs;
  private final String[][] actionNames;
  private final double minUtility;
  private final double maxUtility;
  private final double utilitySum;

  /**
   * A normal-form game.
   *
   * @param parameters its registry name and parameters, returned by {@link #toString()}
   * @param longName a human-readable name
   * @param utility how payoffs relate; zero-sum and constant-sum are checked against the tensors
   * @param numActions the number of actions of each player (at least 2 players, 1 action each)
   * @param payoffs per player, the payoffs of every joint action in row-major order
   * @param actionNames per player, a name per action, or {@code null} for numbers
   */
  public NormalFormGame(
      GameParameters parameters,
      String longName,
      GameType.Utility utility,
      int[] numActions,
      double[][] payoffs,
      String[][] actionNames) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(utility, "utility");
    if (numActions.length < 2) {
      throw new IllegalArgumentException(
          "a normal-form game needs at least 2 players, got " + numActions.length);
    }
    this.numActions = numActions.clone();
    int size = 1;
    for (int p = numActions.length - 1; p >= 0; p--) {
      if (numActions[p] < 1) {
        throw new IllegalArgumentException(
            "player " + p + " has " + numActions[p] + " actions; at least 1 is needed");
      }
      size = Math.multiplyExact(size, numActions[p]);
    }
    if (payoffs.length != numActions.length) {
      throw new IllegalArgumentException(
          payoffs.length + " payoff tensors for " + numActions.length + " players");
    }
    this.payoffs = new double[payoffs.length][];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < payoffs.length; p++) {
      if (payoffs[p].length != size) {
        throw new IllegalArgumentException(
            "player " + p + " has " + payoffs[p].length + " payoffs; expected " + size);
      }
      this.payoffs[p] = payoffs[p].clone();
      for (double v : payoffs[p]) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("payoff " + v + " of player " + p + " is not finite");
        }
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    this.minUtility = lo;
    this.maxUtility = hi;
    this.utilitySum = checkedUtilitySum(utility, size);
    this.actionNames = actionNames == null ? null : deepCopy(actionNames);
    this.type =
        new GameType(
            parameters.gameName(),
            longName,
            GameType.Dynamics.SIMULTANEOUS,
            GameType.ChanceMode.DETERMINISTIC,
            GameType.Information.IMPERFECT,
            utility,
            GameType.RewardModel.TERMINAL,
            true,
            true,
            true);
  }

  private double checkedUtilitySum(GameType.Utility utility, int size) {
    if (utility != GameType.Utility.ZERO_SUM && utility != GameType.Utility.CONSTANT_SUM) {
      return 0.0;
    }
    double expected = utility == GameType.Utility.ZERO_SUM ? 0.0 : jointSum(0);
    for (int j = 0; j < size; j++) {
      double s = jointSum(j);
      if (Math.abs(s - expected) > 1e-9 * Math.max(1.0, Math.abs(expected))) {
        throw new IllegalArgumentException(
            "payoffs of joint action "
                + j
                + " sum to "
                + s
                + ", not "
                + expected
                + " ("
                + utility
                + ")");
      }
    }
    return expected;
  }

  private double jointSum(int joint) {
    double s = 0;
    for (double[] tensor : payoffs) {
      s += tensor[joint];
    }
    return s;
  }

  private static String[][] deepCopy(String[][] names) {
    String[][] out = new String[names.length][];
    for (int p = 0; p < names.length; p++) {
      out[p] = names[p].clone();
    }
    return out;
  }

  /** The number of actions of {@code player}. */
  public int numActions(int player) {
    checkPlayer(player);
    return numActions[player];
  }

  /** The payoff of {@code player} when the players choose {@code actions} (one per player). */
  public double payoff(int player, int[] actions) {
    checkPlayer(player);
    return payoffs[player][jointIndex(actions)];
  }

  /** The row-major index of a joint action; the last player's action varies fastest. */
  public int jointIndex(int[] actions) {
    return JointActions.index(actions, numActions);
  }

  /** A copy of {@code player}'s payoff tensor, row-major over joint actions. */
  public double[] payoffTensor(int player) {
    checkPlayer(player);
    return payoffs[player].clone();
  }

  /** The name of {@code player}'s {@code action}, e.g. {@code Rock}. */
  public String actionName(int player, int action) {
    checkPlayer(player);
    if (action < 0 || action >= numActions[player]) {
      throw new IllegalArgumentException(
          "action "
              + action
              + " of player "
              + player
              + " is not in 0.."
              + (numActions[player] - 1));
    }
    return actionNames == null ? Integer.toString(action) : actionNames[player][action];
  }

  private void checkPlayer(int player) {
    if (player < 0 || player >= numActions.length) {
      throw new IllegalArgumentException(
          "player " + player + " is not in 0.." + (numActions.length - 1));
    }
  }

  @Override
  public GameType type() {
    return type;
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }

  @Override
  public int numPlayers() {
    return numActions.length;
  }

  @Override
  public int numDistinctActions() {
    return Arrays.stream(numActions).max().orElseThrow();
  }

  @Override
  public int maxChanceOutcomes() {
    return 0;
  }

  @Override
  public double minUtility() {
    return minUtility;
  }

  @Override
  public double maxUtility() {
    return maxUtility;
  }

  @Override
  public double utilitySum() {
    return utilitySum;
  }

  @Override
  public int maxGameLength() {
    return 1;
  }

  @Override
  public State newInitialState() {
    return new NormalFormState(this);
  }

  /** Player one-hot, then per player a one-hot of the action played (set once the game is over). */
  @Override
  public int informationStateTensorSize() {
    return numActions.length + Arrays.stream(numActions).sum();
  }

  /** The same as the information-state tensor: a one-shot game has nothing to forget. */
  @Override
  public int observationTensorSize() {
    return informationStateTensorSize();
  }

  @Override
  public String toString() {
    return parameters.toString();
  }
}
