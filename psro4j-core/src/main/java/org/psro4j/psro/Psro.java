package org.psro4j.psro;

import java.util.ArrayList;
import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.metagame.RectifiedTarget;
import org.psro4j.policy.Policy;

/**
 * Policy-Space Response Oracles for n players (Lanctot et al. 2017, "A Unified Game-Theoretic
 * Approach to Multiagent Reinforcement Learning"): each iteration every player adds a best response
 * to the co-players' meta-strategy (or another {@link TrainingTarget}), the empirical game grows by
 * the new rows and columns, and the meta-solver re-solves it. The exact gap is the NashConv of the
 * meta-strategy turned into one behaviour policy per player by realization weights.
 */
public final class Psro extends PopulationDriver {

  private final TrainingTarget target;
  private final int topK;
  private final ExactGaps gaps;

  /**
   * A PSRO driver; prefer {@link #builder(Game)}.
   *
   * @param initial the starting populations
   * @param target the training target rule
   * @param topK k for {@link TrainingTarget#TOP_K}
   */
  public Psro(
      Game game,
      MetaSolver solver,
      BestResponseOracle oracle,
      PayoffEvaluator evaluator,
      DriverSettings settings,
      Population initial,
      TrainingTarget target,
      int topK) {
    super(game, solver, oracle, evaluator, settings, initial);
    this.target = java.util.Objects.requireNonNull(target, "target");
    this.topK = topK;
    if (solver.isJoint()) {
      throw new IllegalArgumentException(
          "solver '" + solver.name() + "' returns a joint distribution: use it with JPSRO");
    }
    if (target == TrainingTarget.RECTIFIED && game.numPlayers() != 2) {
      throw new IllegalArgumentException(
          "the rectified target needs 2 players; " + game + " has " + game.numPlayers());
    }
    if (topK < 1) {
      throw new IllegalArgumentException("top-k=" + topK + " must be at least 1");
    }
    this.gaps = settings.exactGap() ? new ExactGaps(game) : null;
  }

  /** A builder for PSRO on {@code game}: {@code Psro.builder(game).solver(nash).build()}. */
  public static Builder builder(Game game) {
    return new Builder(game);
  }

  /** Builds a {@link Psro}; see {@link DriverBuilder} for the shared settings and defaults. */
  public static final class Builder extends DriverBuilder<Builder> {

    private TrainingTarget target = TrainingTarget.PROBABILISTIC;
    private int topK = 3;

    private Builder(Game game) {
      super(game);
    }

    /** What best responses train against (default {@link TrainingTarget#PROBABILISTIC}). */
    public Builder target(TrainingTarget target) {
      this.target = java.util.Objects.requireNonNull(target, "target");
      return this;
    }

    /** k for {@link TrainingTarget#TOP_K} (default 3). */
    public Builder topK(int topK) {
      this.topK = topK;
      return this;
    }

    /** The driver; throws {@link IllegalArgumentException} naming a bad setting. */
    public Psro build() {
      DriverSettings settings = resolve();
      return withPartial(
          new Psro(game, solver, oracle, evaluator, settings, initial, target, topK));
    }
  }

  @Override
  public String gapName() {
    return "nash_conv";
  }

  @Override
  protected List<Target> targets(MetaStrategy meta) {
    List<Target> out = new ArrayList<>();
    int next = iteration() + 1;
    List<List<Policy>> pops = population.all();
    int n = game.numPlayers();
    if (target == TrainingTarget.RECTIFIED) {
      for (RectifiedTarget r : RectifiedTarget.of(metaGame, meta.marginals())) {
        int p = r.player();
        double[][] w = new double[n][];
        w[p] = new double[pops.get(p).size()];
        w[1 - p] = r.opponentDistribution();
        int[] profile = new int[2];
        profile[p] = r.strategy();
        double baseline = 0;
        for (int j = 0; j < w[1 - p].length; j++) {
          profile[1 - p] = j;
          baseline += w[1 - p][j] * metaGame.mean(p, profile);
        }
        out.add(
            new Target(
                p,
                new Opponents.Independent(p, pops, w),
                label(p, next) + "_r" + r.strategy(),
                meta.marginal(p)[r.strategy()],
                baseline));
      }
      return out;
    }
    double[][] weights = new double[n][];
    for (int p = 0; p < n; p++) {
      weights[p] =
          switch (target) {
            case PROBABILISTIC -> meta.marginal(p).clone();
            case UNIFORM -> uniform(pops.get(p).size());
            case TOP_K -> topK(meta.marginal(p), topK);
            case RECTIFIED -> throw new IllegalStateException();
          };
    }
    double[] joint = meta.jointDistribution();
    for (int p = 0; p < n; p++) {
      out.add(
          new Target(
              p,
              new Opponents.Independent(p, pops, weights),
              label(p, next),
              1,
              metaValue(p, joint)));
    }
    return out;
  }

  @Override
  protected double exactGap(MetaStrategy meta) {
    return gaps == null ? Double.NaN : gaps.nashConv(population.all(), meta.marginals());
  }

  static String label(int player, int iteration) {
    return "p" + player + "_it" + iteration;
  }

  private static double[] uniform(int k) {
    double[] w = new double[k];
    java.util.Arrays.fill(w, 1.0 / k);
    return w;
  }

  /** The k largest weights (ties to the lower index), renormalised. */
  static double[] topK(double[] weights, int k) {
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        (a, b) ->
            weights[a] != weights[b]
                ? Double.compare(weights[b], weights[a])
                : Integer.compare(a, b));
    double[] out = new double[weights.length];
    double total = 0;
    for (int r = 0; r < Math.min(k, order.length); r++) {
      out[order[r]] = weights[order[r]];
      total += weights[order[r]];
    }
    if (total <= 0) {
      return uniform(weights.length);
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= total;
    }
    return out;
  }
}
