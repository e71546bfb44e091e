package org.psro4j.rl.continuous;

import java.util.Arrays;

/**
 * Continuous Colonel Blotto (Borel 1921; Roberson, "The Colonel Blotto game", Economic Theory
 * 2006): two players split budgets {@code budgetA} and {@code budgetB} over {@code fields}
 * battlefields at once; each field goes to the larger allocation (ties split), and player A's
 * payoff is (fields won − fields lost) / fields, player B's its negation (zero-sum). With equal
 * budgets the game is symmetric with value 0 and no pure equilibrium; against a fixed allocation
 * the best response wins the cheapest fields whose total opponent allocation stays below its own
 * budget ({@link #bestResponseValue}).
 */
public final class ContinuousBlotto {

  private final int fields;
  private final double budgetA;
  private final double budgetB;

  /** A game with {@code fields} battlefields and the two budgets. */
  public ContinuousBlotto(int fields, double budgetA, double budgetB) {
    if (fields < 1) {
      throw new IllegalArgumentException("fields must be at least 1, got " + fields);
    }
    if (!(budgetA > 0) || !(budgetB > 0)) {
      throw new IllegalArgumentException(
          "budgets must be positive, got " + budgetA + " and " + budgetB);
    }
    this.fields = fields;
    this.budgetA = budgetA;
    this.budgetB = budgetB;
  }

  /** Number of battlefields. */
  public int fields() {
    return fields;
  }

  /** Player {@code player}'s budget (0 is A, 1 is B). */
  public double budget(int player) {
    return switch (player) {
      case 0 -> budgetA;
      case 1 -> budgetB;
      default -> throw new IllegalArgumentException("player must be 0 or 1, got " + player);
    };
  }

  /** Returns of A and B for allocations {@code a} and {@code b}, each within its budget. */
  public double[] returns(double[] a, double[] b) {
    check(a, budgetA, "A");
    check(b, budgetB, "B");
    double score = 0;
    for (int i = 0; i < fields; i++) {
      score += Math.signum(a[i] - b[i]);
    }
    return new double[] {score / fields, 0.0 - score / fields};
  }

  private void check(double[] allocation, double budget, String who) {
    if (allocation.length != fields) {
      throw new IllegalArgumentException(
          who + "'s allocation has " + allocation.length + " fields, the game " + fields);
    }
    double sum = 0;
    for (double x : allocation) {
      if (!(x >= 0)) {
        throw new IllegalArgumentException(who + " allocates " + x + " to a field");
      }
      sum += x;
    }
    if (sum > budget * (1 + 1e-9)) {
      throw new IllegalArgumentException(who + " allocates " + sum + ", over its budget " + budget);
    }
  }

  /**
   * The best-response value of {@code player} against the fixed allocation {@code opponent}: fields
   * are won cheapest first while their total stays strictly below the budget (each win needs a
   * little more than the opponent); a remaining field can still be tied when no field is won and
   * the budget covers it exactly; the rest are lost.
   */
  public double bestResponseValue(int player, double[] opponent) {
    double budget = budget(player);
    double[] sorted = opponent.clone();
    Arrays.sort(sorted);
    double spent = 0;
    int won = 0;
    while (won < fields && spent + sorted[won] < budget) {
      spent += sorted[won];
      won++;
    }
    int tied = won == 0 && fields > 0 && sorted[0] <= budget ? 1 : 0;
    int lost = fields - won - tied;
    return (double) (won - lost) / fields;
  }
}
