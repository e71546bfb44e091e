package org.psro4j.metagame;

import java.util.Arrays;
import java.util.Objects;

/**
 * A meta-solver's answer: either one marginal distribution per player (Nash, PRD, alpha-Rank,
 * uniform, rectified Nash) or a joint distribution over profiles (CE, CCE), together with its gap
 * on the game it solved (NashConv for marginals, CCE or CE gap for joints; see {@link GapKind}).
 *
 * <p>The factories compute the gap themselves from the game with {@link MetaGameGaps}, so a
 * reported gap always matches the distribution. They accept rounding noise from a solver (entries
 * down to −1e−7, a sum within 1e−6 of 1), clip it and renormalise; anything worse is rejected.
 */
public final class MetaStrategy {

  private static final double NEGATIVE_TOLERANCE = 1e-7;
  private static final double SUM_TOLERANCE = 1e-6;

  private final String solver;
  private final int[] sizes;
  private final double[][] marginals;
  private final double[] joint;
  private final GapKind gapKind;
  private final double gap;

  private MetaStrategy(
      String solver, int[] sizes, double[][] marginals, double[] joint, GapKind kind, double gap) {
    this.solver = solver;
    this.sizes = sizes;
    this.marginals = marginals;
    this.joint = joint;
    this.gapKind = kind;
    this.gap = gap;
  }

  /** Independent marginals, one per player; the gap is their NashConv on {@code game}. */
  public static MetaStrategy ofMarginals(String solver, EmpiricalGame game, double[][] marginals) {
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(marginals, "marginals");
    if (marginals.length != game.players()) {
      throw new IllegalArgumentException(
          marginals.length + " marginals for a " + game.players() + "-player game");
    }
    double[][] clean = new double[marginals.length][];
    for (int p = 0; p < marginals.length; p++) {
      if (marginals[p].length != game.size(p)) {
        throw new IllegalArgumentException(
            "marginal " + p + " has " + marginals[p].length + " entries, expected " + game.size(p));
      }
      clean[p] = cleaned(marginals[p], solver + " marginal " + p);
    }
    double gap = MetaGameGaps.nashConv(game, clean);
    return new MetaStrategy(solver, game.sizes(), clean, null, GapKind.NASH_CONV, gap);
  }

  /**
   * A joint distribution over {@code game}'s profiles in flat order; the gap is its CCE or CE gap
   * as {@code kind} says.
   */
  public static MetaStrategy ofJoint(
      String solver, EmpiricalGame game, double[] joint, GapKind kind) {
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(joint, "joint");
    if (joint.length != game.jointSize()) {
      throw new IllegalArgumentException(
          "joint has " + joint.length + " entries, the game " + game.jointSize() + " profiles");
    }
    double[] clean = cleaned(joint, solver + " joint");
    double gap =
        switch (kind) {
          case CCE_GAP -> MetaGameGaps.cceGap(game, clean);
          case CE_GAP -> MetaGameGaps.ceGap(game, clean);
          case NASH_CONV ->
              throw new IllegalArgumentException("a joint distribution reports a CCE or CE gap");
        };
    return new MetaStrategy(
        solver, game.sizes(), MetaGameGaps.marginalsOf(game, clean), clean, kind, gap);
  }

  /**
   * A strategy exactly as a run directory stored it (values already validated and normalised when
   * they were first computed, so they are taken bit for bit): the marginals, or the joint for a CCE
   * or CE (its marginals are induced again), with the gap as recorded.
   */
  public static MetaStrategy restore(
      String solver, int[] sizes, double[][] marginals, double[] joint, GapKind kind, double gap) {
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(kind, "kind");
    long size = Arrays.stream(sizes).asLongStream().reduce(1, (a, b) -> a * b);
    if (joint != null) {
      if (joint.length != size || kind == GapKind.NASH_CONV) {
        throw new IllegalArgumentException(
            "stored joint has "
                + joint.length
                + " entries for "
                + size
                + " profiles ("
                + kind
                + ")");
      }
    } else if (marginals == null || marginals.length != sizes.length) {
      throw new IllegalArgumentException("stored meta-strategy needs one marginal per player");
    } else {
      for (int p = 0; p < sizes.length; p++) {
        if (marginals[p].length != sizes[p]) {
          throw new IllegalArgumentException(
              "stored marginal " + p + " has " + marginals[p].length + " entries, not " + sizes[p]);
        }
      }
    }
    double[][] m = marginals;
    if (joint != null) {
      m = new double[sizes.length][];
      for (int p = 0; p < sizes.length; p++) {
        m[p] = new double[sizes[p]];
      }
      int[] profile = new int[sizes.length];
      for (double v : joint) {
        for (int p = 0; p < sizes.length; p++) {
          m[p][profile[p]] += v;
        }
        for (int p = sizes.length - 1; p >= 0 && ++profile[p] == sizes[p]; p--) {
          profile[p] = 0;
        }
      }
    }
    double[][] copy = new double[m.length][];
    for (int p = 0; p < m.length; p++) {
      copy[p] = m[p].clone();
    }
    return new MetaStrategy(
        solver, sizes.clone(), copy, joint == null ? null : joint.clone(), kind, gap);
  }

  /** Player sizes of the game this strategy was solved on (a copy). */
  public int[] sizes() {
    return sizes.clone();
  }

  /** The name of the solver that produced this strategy. */
  public String solver() {
    return solver;
  }

  /** Whether this is a joint distribution (CE / CCE) rather than independent marginals. */
  public boolean isJoint() {
    return joint != null;
  }

  /** The number of players. */
  public int players() {
    return sizes.length;
  }

  /** Player {@code player}'s marginal (induced by the joint when {@link #isJoint()}); a copy. */
  public double[] marginal(int player) {
    if (player < 0 || player >= sizes.length) {
      throw new IllegalArgumentException("player " + player + " outside 0.." + (sizes.length - 1));
    }
    return marginals[player].clone();
  }

  /** All marginals (induced by the joint when {@link #isJoint()}); a copy. */
  public double[][] marginals() {
    double[][] copy = new double[marginals.length][];
    for (int p = 0; p < copy.length; p++) {
      copy[p] = marginals[p].clone();
    }
    return copy;
  }

  /** The joint distribution in flat profile order; throws if this strategy holds marginals. */
  public double[] joint() {
    if (joint == null) {
      throw new IllegalStateException(solver + " returned marginals, not a joint distribution");
    }
    return joint.clone();
  }

  /**
   * The distribution over profiles this strategy induces: the joint itself, or the product of the
   * marginals.
   */
  public double[] jointDistribution() {
    if (joint != null) {
      return joint.clone();
    }
    double[] product =
        new double[Math.toIntExact(Arrays.stream(sizes).asLongStream().reduce(1, (a, b) -> a * b))];
    int[] profile = new int[sizes.length];
    for (int flat = 0; flat < product.length; flat++) {
      double w = 1;
      for (int p = 0; p < sizes.length; p++) {
        w *= marginals[p][profile[p]];
      }
      product[flat] = w;
      for (int p = sizes.length - 1; p >= 0 && ++profile[p] == sizes[p]; p--) {
        profile[p] = 0;
      }
    }
    return product;
  }

  /** Which gap {@link #gap()} is. */
  public GapKind gapKind() {
    return gapKind;
  }

  /** The gap of this strategy on the game it was computed for (0 = exact equilibrium). */
  public double gap() {
    return gap;
  }

  @Override
  public String toString() {
    return solver
        + (isJoint() ? " joint" : " marginals")
        + " "
        + Arrays.deepToString(marginals)
        + ", "
        + gapKind
        + " "
        + gap;
  }

  private static double[] cleaned(double[] distribution, String what) {
    double sum = 0;
    double[] clean = new double[distribution.length];
    for (int i = 0; i < distribution.length; i++) {
      double v = distribution[i];
      if (!(v >= -NEGATIVE_TOLERANCE)) {
        throw new IllegalArgumentException(what + " has entry " + i + " = " + v);
      }
      clean[i] = Math.max(0, v);
      sum += clean[i];
    }
    if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
      throw new IllegalArgumentException(what + " sums to " + sum + ", not 1");
    }
    for (int i = 0; i < clean.length; i++) {
      clean[i] /= sum;
    }
    return clean;
  }
}
