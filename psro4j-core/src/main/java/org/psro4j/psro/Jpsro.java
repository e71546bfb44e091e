package org.psro4j.psro;

import java.util.ArrayList;
import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.metagame.GapKind;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;

/**
 * Joint PSRO for n-player general-sum games (Marris et al. 2021, "Multi-Agent Training beyond
 * Zero-Sum with Correlated Equilibrium Meta-Solvers"): the meta-solver returns a joint distribution
 * over population profiles (a CCE or CE of the empirical game). For a CCE each player best-responds
 * to the joint's distribution of co-player profiles; for a CE, one best response per recommended
 * policy, against the co-players' distribution conditioned on that recommendation. The exact gap is
 * the full game's CCE (or CE) gap of the joint: the sum over players of what a best-responding
 * deviation gains.
 */
public class Jpsro extends PopulationDriver {

  private final boolean correlatedEquilibrium;
  private final ExactGaps gaps;

  /**
   * A JPSRO driver; prefer {@link #builder(Game)}. {@code solver} must return joint distributions
   * (cce, ce, mgcce, ...); whether the run targets a CE or a CCE is the solver's {@link
   * MetaSolver#solutionConcept()}.
   *
   * @param initial the starting populations
   */
  public Jpsro(
      Game game,
      MetaSolver solver,
      BestResponseOracle oracle,
      PayoffEvaluator evaluator,
      DriverSettings settings,
      Population initial) {
    super(game, solver, oracle, evaluator, settings, initial);
    if (!solver.isJoint()) {
      throw new IllegalArgumentException(
          "JPSRO needs a joint meta-solver (cce, ce, mgcce, mgce, mwcce, mwce, mecce, mece), not '"
              + solver.name()
              + "'");
    }
    this.correlatedEquilibrium = solver.solutionConcept() == GapKind.CE_GAP;
    this.gaps = settings.exactGap() ? new ExactGaps(game) : null;
  }

  /** A builder for JPSRO on {@code game}: {@code Jpsro.builder(game).solver(mgcce).build()}. */
  public static Builder builder(Game game) {
    return new Builder(game);
  }

  /** Builds a {@link Jpsro}; see {@link DriverBuilder} for the settings and defaults. */
  public static final class Builder extends DriverBuilder<Builder> {

    private Builder(Game game) {
      super(game);
    }

    /** The driver; throws {@link IllegalArgumentException} naming a bad setting. */
    public Jpsro build() {
      DriverSettings settings = resolve();
      return withPartial(new Jpsro(game, solver, oracle, evaluator, settings, initial));
    }
  }

  @Override
  public String gapName() {
    return correlatedEquilibrium ? "ce_gap" : "cce_gap";
  }

  @Override
  protected List<Target> targets(MetaStrategy meta) {
    requireJoint(meta);
    int next = iteration() + 1;
    List<Target> out = new ArrayList<>();
    double[] joint = meta.joint();
    for (int p = 0; p < game.numPlayers(); p++) {
      if (!correlatedEquilibrium) {
        out.add(new Target(p, coPlayers(meta, p, -1), Psro.label(p, next), 1, metaValue(p, joint)));
        continue;
      }
      double[] marginal = meta.marginal(p);
      for (int r = 0; r < marginal.length; r++) {
        if (marginal[r] > 0) {
          double[] conditional = joint.clone();
          for (int flat = 0; flat < conditional.length; flat++) {
            conditional[flat] =
                metaGame.strategyAt(flat, p) == r ? conditional[flat] / marginal[r] : 0;
          }
          out.add(
              new Target(
                  p,
                  coPlayers(meta, p, r),
                  Psro.label(p, next) + "_rec" + r,
                  marginal[r],
                  metaValue(p, conditional)));
        }
      }
    }
    return out;
  }

  /**
   * The distribution of co-player profiles under the joint, for player {@code p}; conditioned on
   * {@code p} being recommended {@code recommended} when that is non-negative.
   */
  Opponents.Correlated coPlayers(MetaStrategy meta, int p, int recommended) {
    return Opponents.Correlated.fromJoint(p, population, metaGame, meta.joint(), recommended);
  }

  @Override
  protected double exactGap(MetaStrategy meta) {
    if (gaps == null) {
      return Double.NaN;
    }
    requireJoint(meta);
    double[][] returns = supportReturns(meta.joint());
    double gap = 0;
    for (int p = 0; p < game.numPlayers(); p++) {
      if (!correlatedEquilibrium) {
        gap += gaps.bestResponseValue(coPlayers(meta, p, -1)) - onPolicyValue(meta, returns, p, -1);
        continue;
      }
      double[] marginal = meta.marginal(p);
      for (int r = 0; r < marginal.length; r++) {
        if (marginal[r] > 0) {
          // Conditional values times the recommendation's probability: the deviation gain of p
          // when told r, weighted by how often r is recommended.
          double conditional = onPolicyValue(meta, returns, p, r) / marginal[r];
          gap += marginal[r] * (gaps.bestResponseValue(coPlayers(meta, p, r)) - conditional);
        }
      }
    }
    return gap;
  }

  /**
   * Every player's exact expected return at each profile the joint supports (null elsewhere): the
   * meta-game entry when it is exact, otherwise one tree walk.
   */
  private double[][] supportReturns(double[] joint) {
    double[][] out = new double[joint.length][];
    for (int flat = 0; flat < joint.length; flat++) {
      if (joint[flat] <= 0) {
        continue;
      }
      int[] profile = metaGame.profile(flat);
      if (metaGame.isExact(profile)) {
        out[flat] = new double[game.numPlayers()];
        for (int p = 0; p < out[flat].length; p++) {
          out[flat][p] = metaGame.payoff(p, flat);
        }
      } else {
        out[flat] = gaps.returns(population.profile(profile));
      }
    }
    return out;
  }

  /** Σ over supported profiles (recommending {@code r} to p when r ≥ 0) of mass times return. */
  private double onPolicyValue(MetaStrategy meta, double[][] returns, int p, int r) {
    double[] joint = meta.joint();
    double v = 0;
    for (int flat = 0; flat < joint.length; flat++) {
      if (joint[flat] > 0 && (r < 0 || metaGame.strategyAt(flat, p) == r)) {
        v += joint[flat] * returns[flat][p];
      }
    }
    return v;
  }

  private void requireJoint(MetaStrategy meta) {
    if (!meta.isJoint()) {
      throw new IllegalArgumentException(
          "JPSRO needs a joint meta-solver (cce, ce, mgcce, mgce, mwcce, mecce, ...), got "
              + meta.solver());
    }
  }
}
