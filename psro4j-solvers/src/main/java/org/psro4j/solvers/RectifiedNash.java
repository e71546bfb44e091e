package org.psro4j.solvers;

import java.util.List;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.metagame.RectifiedTarget;

/**
 * Rectified Nash (Balduzzi et al. 2019, "Open-ended Learning in Symmetric Zero-sum Games", ICML): a
 * training-target rule over a Nash equilibrium of a two-player meta-game.
 *
 * <p>{@link #solve} returns the Nash marginals (computed by {@link NashSolver}) with their
 * NashConv, so a driver that only reads marginals sees plain Nash. The rule itself is {@link
 * #targets}: for each player p and each strategy i in the support of p's Nash marginal σ_p, i
 * trains against the opponent's Nash mixture σ_q restricted to the strategies j that i beats or
 * ties and renormalised: target_i(j) ∝ σ_q(j)·[u_p(i, j) ≥ u_q(i, j)]. "Beats or ties" compares the
 * two players' payoffs at the profile, which for a zero-sum game is u_p(i, j) ≥ 0 (the paper's
 * φ(v_i, w_j) ≥ 0) and for a constant-sum game u_p ≥ half the constant. Each target carries its
 * strategy's Nash weight, which a driver uses to split training effort. Strategies that beat or tie
 * no Nash-weighted opponent get no target. Cost: one Nash solve plus O(k_0·k_1).
 */
public final class RectifiedNash implements MetaSolver {

  private final NashSolver nash;

  /** Rectified Nash over the default {@link NashSolver}. */
  public RectifiedNash() {
    this(new NashSolver());
  }

  /** Rectified Nash over the given Nash solver. */
  public RectifiedNash(NashSolver nash) {
    this.nash = java.util.Objects.requireNonNull(nash, "nash");
  }

  /** Rectified Nash from string options (those of {@link NashSolver}). */
  public static RectifiedNash fromOptions(SolverOptions options) {
    options.requireOnly("rectified", NashSolver.OPTIONS);
    return new RectifiedNash(NashSolver.fromOptions(options));
  }

  @Override
  public java.util.Map<String, Object> settings() {
    return nash.settings();
  }

  @Override
  public String name() {
    return "rectified";
  }

  @Override
  public MetaStrategy solve(EmpiricalGame game) {
    return solve(game, null);
  }

  /**
   * The same, the Nash solve warm-started from {@code previous} as {@link NashSolver#solve(
   * EmpiricalGame, MetaStrategy)} is: the same equilibrium where it is unique, in fewer steps.
   */
  @Override
  public MetaStrategy solve(EmpiricalGame game, MetaStrategy previous) {
    EmpiricalGame g = requireTwoPlayers(game);
    return MetaStrategy.ofMarginals(name(), g, nash.marginals(g, previous));
  }

  /** The rectified targets of {@code game}: solves the Nash first. */
  public List<RectifiedTarget> targets(EmpiricalGame game) {
    return targets(game, solve(game));
  }

  /**
   * The rectified targets given an already computed Nash {@code equilibrium} of {@code game}, in
   * order of player, then strategy.
   */
  public static List<RectifiedTarget> targets(EmpiricalGame game, MetaStrategy equilibrium) {
    return RectifiedTarget.of(requireTwoPlayers(game), equilibrium.marginals());
  }

  private static EmpiricalGame requireTwoPlayers(EmpiricalGame game) {
    EmpiricalGame g = GameChecks.complete(game);
    if (g.players() != 2) {
      throw new IllegalArgumentException(
          "rectified Nash is defined for two-player games, this one has "
              + g.players()
              + " players; use cce or ce");
    }
    return g;
  }
}
