package org.psro4j.solvers;

/**
 * One training target of rectified Nash: player {@code player}'s strategy {@code strategy}, which
 * carries Nash weight {@code weight}, trains against {@code opponentDistribution} (over the
 * opponent's strategies, summing to 1). A support strategy that neither beats nor ties any
 * Nash-weighted opponent strategy gets no target.
 */
public record RectifiedTarget(
    int player, int strategy, double weight, double[] opponentDistribution) {

  /** Validates and copies. */
  public RectifiedTarget {
    if (player < 0 || strategy < 0) {
      throw new IllegalArgumentException(
          "player " + player + " and strategy " + strategy + " must be non-negative");
    }
    opponentDistribution = opponentDistribution.clone();
  }

  /** A copy of the opponent distribution. */
  @Override
  public double[] opponentDistribution() {
    return opponentDistribution.clone();
  }
}
