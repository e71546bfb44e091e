package org.psro4j.solvers;

import java.util.Set;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaGameGaps;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaSolverException;
import org.psro4j.metagame.MetaStrategy;

/**
 * Nash equilibrium of the meta-game, the "nash" of OpenSpiel's PSRO.
 *
 * <ul>
 *   <li>One player: the uniform mixture of the best strategies.
 *   <li>Two players, constant-sum: each player's maximin strategy. With {@code selection=centre}
 *       (the default) the analytic centre of the optimal face, as the interior-point LP of
 *       OpenSpiel's PSRO returns, at the end point of the log-barrier path (strategies outside the
 *       support weighted μ/z_i ≈ 1e−13, {@link CentralPathEnd}), reached by a primal–dual
 *       interior-point method ({@link ZeroSumInteriorPoint#pathEnd}; given the previous iteration's
 *       answer, first on the strategies it supports, {@link RestrictedPathEnd}, the others held at
 *       their weights μ/z_i and checked on the whole game); if that does not verify, the barrier
 *       path itself ({@link ZeroSumCentre}), then the vertex ({@link ZeroSumNash}). With {@code
 *       selection=vertex} a simplex vertex by linear programming ({@link ZeroSumLp}, ojAlgo), which
 *       mixes as few strategies as possible. Every answer's NashConv is checked against {@code
 *       tolerance} × the payoff range before it is returned.
 *   <li>Two players, general-sum: Lemke–Howson with lexicographic pivoting ({@link LemkeHowson}),
 *       trying each starting label until the result has NashConv ≤ {@code tolerance} × the payoff
 *       range (default 1e−9); when the equilibrium's supports have equal size the mixture is first
 *       polished by solving the indifference equations. If no path reaches the tolerance the solver
 *       throws {@link MetaSolverException} with the best gap found.
 *   <li>Three or more players with general-sum payoffs: no Nash solver is offered (the problem is
 *       PPAD-hard and no exact method scales); the solver throws {@link IllegalArgumentException}
 *       naming the alternatives. Games where only one player has more than one strategy reduce to
 *       the one-player case and are solved.
 * </ul>
 */
public final class NashSolver implements MetaSolver {

  /** The option keys this solver accepts. */
  public static final Set<String> OPTIONS = Set.of("tolerance", "max_pivots", "selection");

  private final double tolerance;
  private final int maxPivots;
  private final boolean centre;

  /** Nash with the default tolerance 1e−9 (relative to the payoff range) and 100,000 pivots. */
  public NashSolver() {
    this(1e-9, 100_000, true);
  }

  /**
   * Nash with a gap tolerance relative to the payoff range, a pivot cap for Lemke–Howson, and the
   * zero-sum equilibrium selection (centre of the optimal face, or a vertex).
   */
  public NashSolver(double tolerance, int maxPivots, boolean centre) {
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance must be positive, got " + tolerance);
    }
    if (maxPivots < 1) {
      throw new IllegalArgumentException("max_pivots must be positive, got " + maxPivots);
    }
    this.tolerance = tolerance;
    this.maxPivots = maxPivots;
    this.centre = centre;
  }

  /** Nash from string options: {@code tolerance}, {@code max_pivots}, {@code selection}. */
  public static NashSolver fromOptions(SolverOptions options) {
    options.requireOnly("nash or rectified", OPTIONS);
    String selection = options.getString("selection", "centre");
    if (!selection.equals("centre") && !selection.equals("vertex")) {
      throw new IllegalArgumentException(
          "nash option selection=" + selection + " must be centre or vertex");
    }
    return new NashSolver(
        options.getDouble("tolerance", 1e-9),
        options.getInt("max_pivots", 100_000),
        selection.equals("centre"));
  }

  @Override
  public java.util.Map<String, Object> settings() {
    return java.util.Map.of(
        "tolerance", tolerance, "max_pivots", maxPivots, "selection", centre ? "centre" : "vertex");
  }

  @Override
  public String name() {
    return "nash";
  }

  @Override
  public MetaStrategy solve(EmpiricalGame game) {
    return solve(game, null);
  }

  /**
   * The same, a two-player constant-sum game's interior point started from {@code previous} ({@link
   * WarmStart}): fewer steps to the same central equilibrium.
   */
  @Override
  public MetaStrategy solve(EmpiricalGame game, MetaStrategy previous) {
    EmpiricalGame g = GameChecks.complete(game);
    return MetaStrategy.ofMarginals(name(), g, marginals(g, previous));
  }

  /** The equilibrium marginals of a complete game (used by {@link RectifiedNash} too). */
  double[][] marginals(EmpiricalGame g) {
    return marginals(g, null);
  }

  /** The same, warm-started from {@code previous} where that helps (null: a cold start). */
  double[][] marginals(EmpiricalGame g, MetaStrategy previous) {
    int nonTrivial = 0;
    int mover = 0;
    for (int p = 0; p < g.players(); p++) {
      if (g.size(p) > 1) {
        nonTrivial++;
        mover = p;
      }
    }
    if (nonTrivial <= 1) {
      return singleMover(g, mover);
    }
    if (g.players() > 2 && !GameChecks.isConstantSum(g)) {
      throw new IllegalArgumentException(
          "nash is not offered for "
              + g.players()
              + "-player general-sum games (no exact method"
              + " scales); use prd, alpharank, cce, ce, mgcce, mwcce or mecce instead");
    }
    if (g.players() > 2) {
      throw new IllegalArgumentException(
          "nash is offered for two players; for this "
              + g.players()
              + "-player constant-sum game"
              + " use prd, alpharank, cce or ce instead");
    }
    if (GameChecks.isConstantSum(g)) {
      double[][] rows = GameChecks.matrix(g, 0);
      double[][] columns = transpose(GameChecks.matrix(g, 1));
      double limit = tolerance * Math.max(range(rows) + range(columns), Double.MIN_NORMAL);
      return ZeroSumNash.solve(
          g,
          rows,
          columns,
          limit,
          centre,
          WarmStart.of(previous, g.size(0), g.size(1)),
          WarmStart.previous(previous, g.size(0), g.size(1)));
    }
    return generalSum(g);
  }

  private double[][] generalSum(EmpiricalGame g) {
    double[][] a = GameChecks.matrix(g, 0);
    double[][] b = GameChecks.matrix(g, 1);
    double limit = tolerance * Math.max(range(a) + range(b), Double.MIN_NORMAL);
    double bestGap = Double.POSITIVE_INFINITY;
    int labels = a.length + a[0].length;
    for (int label = 0; label < labels; label++) {
      double[][] candidate = LemkeHowson.solve(a, b, label, maxPivots);
      if (candidate == null) {
        continue;
      }
      double gap = MetaGameGaps.nashConv(g, candidate);
      if (gap > limit) {
        double[][] polished = SupportPolish.polish(a, b, candidate);
        if (polished != null) {
          double polishedGap = MetaGameGaps.nashConv(g, polished);
          if (polishedGap < gap) {
            candidate = polished;
            gap = polishedGap;
          }
        }
      }
      if (gap <= limit) {
        return candidate;
      }
      bestGap = Math.min(bestGap, gap);
    }
    throw new MetaSolverException(
        "Lemke-Howson found no equilibrium of the "
            + a.length
            + "x"
            + a[0].length
            + " game within NashConv "
            + limit
            + " (best "
            + bestGap
            + " over "
            + labels
            + " starting labels, "
            + maxPivots
            + " pivots each); try prd or cce");
  }

  private static double[][] singleMover(EmpiricalGame g, int mover) {
    double[][] marginals = new double[g.players()][];
    for (int p = 0; p < g.players(); p++) {
      marginals[p] = new double[g.size(p)];
      marginals[p][0] = 1;
    }
    double[] u = MetaGameGaps.strategyPayoffs(g, mover, marginals);
    double best = Double.NEGATIVE_INFINITY;
    for (double v : u) {
      best = Math.max(best, v);
    }
    int ties = 0;
    for (double v : u) {
      ties += v == best ? 1 : 0;
    }
    for (int s = 0; s < u.length; s++) {
      marginals[mover][s] = u[s] == best ? 1.0 / ties : 0;
    }
    return marginals;
  }

  private static double range(double[][] m) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : m) {
      for (double v : row) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    return max - min;
  }

  static double[][] transpose(double[][] m) {
    double[][] t = new double[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[0].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }
}
