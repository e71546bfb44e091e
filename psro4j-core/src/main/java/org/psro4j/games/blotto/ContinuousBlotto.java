package org.psro4j.games.blotto;

import java.util.Arrays;
import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameSpec;
import org.psro4j.game.GameType;
import org.psro4j.game.ParameterSpec;
import org.psro4j.game.State;

/**
 * {@code continuous_blotto(fields=k,budget_a=A,budget_b=B)}: continuous Colonel Blotto (Borel 1921;
 * Roberson, "The Colonel Blotto game", Economic Theory 2006). Both players split their budget over
 * k battlefields at once; each field goes to the larger allocation (ties split), and player 0's
 * return is (fields won − fields lost) / k, player 1's its negation.
 *
 * <p>An action is a vector {@code a} in {@code [0,1]^k}; the allocation is {@code budget * a_i /
 * sum(a)} (the even split when {@code a} is zero), so every action spends the whole budget, which
 * never hurts in Blotto. With equal budgets the game is symmetric with value 0 and no pure
 * equilibrium; against a fixed allocation the best response wins the cheapest fields whose total
 * stays below its budget ({@link #bestResponseValue}).
 */
public final class ContinuousBlotto implements Game {

  /** Registry entry. */
  public static final GameSpec SPEC =
      new GameSpec(
          "continuous_blotto",
          "continuous Colonel Blotto: split a budget over fields at once, zero-sum",
          List.of(
              new ParameterSpec("fields", 3, "number of battlefields, at least 1"),
              new ParameterSpec("budget_a", 1.0, "player 0's budget, positive"),
              new ParameterSpec("budget_b", 1.0, "player 1's budget, positive")),
          ContinuousBlotto::new);

  private static final GameType TYPE =
      new GameType(
          "continuous_blotto",
          "Continuous Colonel Blotto",
          GameType.Dynamics.SIMULTANEOUS,
          GameType.ChanceMode.DETERMINISTIC,
          GameType.Information.IMPERFECT,
          GameType.Utility.ZERO_SUM,
          GameType.RewardModel.TERMINAL,
          true,
          true,
          true);

  /** Relative tolerance of budget comparisons in {@link #bestResponseValue}. */
  private static final double ROUNDING = 1e-12;

  private final GameParameters parameters;
  private final int fields;
  private final double[] budgets;

  ContinuousBlotto(GameParameters parameters) {
    this.parameters = parameters;
    this.fields = parameters.getInt("fields");
    this.budgets =
        new double[] {parameters.getDouble("budget_a"), parameters.getDouble("budget_b")};
    if (fields < 1) {
      throw new IllegalArgumentException("continuous_blotto: fields=" + fields + " must be >= 1");
    }
    String[] names = {"budget_a", "budget_b"};
    for (int p = 0; p < 2; p++) {
      if (!(budgets[p] > 0) || Double.isInfinite(budgets[p])) {
        throw new IllegalArgumentException(
            "continuous_blotto: " + names[p] + "=" + budgets[p] + " must be positive and finite");
      }
    }
  }

  /** Number of battlefields. */
  public int fields() {
    return fields;
  }

  /** Player {@code player}'s budget. */
  public double budget(int player) {
    return budgets[player];
  }

  /**
   * The allocation an action vector stands for: {@code budget * a_i / sum(a)}, the even split when
   * the sum is 0. Entries outside {@code [0,1]} or NaN are refused.
   */
  public double[] allocation(int player, double[] action) {
    if (action.length != fields) {
      throw new IllegalArgumentException(
          "continuous_blotto: player "
              + player
              + "'s action has "
              + action.length
              + " entries, the game has "
              + fields
              + " fields");
    }
    double sum = 0;
    for (double x : action) {
      if (!(x >= 0 && x <= 1)) {
        throw new IllegalArgumentException(
            "continuous_blotto: action entry " + x + " of player " + player + " is not in [0,1]");
      }
      sum += x;
    }
    double[] out = new double[fields];
    for (int i = 0; i < fields; i++) {
      out[i] = sum > 0 ? budgets[player] * action[i] / sum : budgets[player] / fields;
    }
    return out;
  }

  /** Returns of both players for allocations {@code a} (player 0) and {@code b} (player 1). */
  public double[] returns(double[] a, double[] b) {
    double score = 0;
    for (int i = 0; i < fields; i++) {
      score += Math.signum(a[i] - b[i]);
    }
    return new double[] {score / fields, 0.0 - score / fields};
  }

  /**
   * The supremum of {@code player}'s return against the fixed allocation {@code opponent}: fields
   * are won cheapest first while their total stays strictly below the budget (each win needs a
   * little more than the opponent); with no field won, one field can be tied when the budget covers
   * it; the rest are lost. Totals within a relative {@code 1e-12} of the budget count as equal to
   * it, so that an opponent allocation whose rounded sum falls an ulp short of its budget is not
   * read as leaving every field winnable.
   */
  public double bestResponseValue(int player, double[] opponent) {
    double budget = budgets[player] * (1 - ROUNDING);
    double[] sorted = opponent.clone();
    Arrays.sort(sorted);
    double spent = 0;
    int won = 0;
    while (won < fields && spent + sorted[won] < budget) {
      spent += sorted[won];
      won++;
    }
    int tied = won == 0 && sorted[0] <= budgets[player] * (1 + ROUNDING) ? 1 : 0;
    int lost = fields - won - tied;
    return (double) (won - lost) / fields;
  }

  @Override
  public GameType type() {
    return TYPE;
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }

  @Override
  public int numPlayers() {
    return 2;
  }

  @Override
  public int numDistinctActions() {
    return 0;
  }

  @Override
  public int continuousActionSize() {
    return fields;
  }

  @Override
  public int maxChanceOutcomes() {
    return 0;
  }

  @Override
  public double minUtility() {
    return -1;
  }

  @Override
  public double maxUtility() {
    return 1;
  }

  @Override
  public int maxGameLength() {
    return 1;
  }

  @Override
  public State newInitialState() {
    return new ContinuousBlottoState(this);
  }

  /** The player one-hot, then each player's normalised allocation once the move is made. */
  @Override
  public int informationStateTensorSize() {
    return 2 + 2 * fields;
  }

  @Override
  public int observationTensorSize() {
    return informationStateTensorSize();
  }

  @Override
  public String toString() {
    return parameters.toString();
  }
}
