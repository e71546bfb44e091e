package org.psro4j.psro;

import java.util.ArrayList;
import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.metagame.EmpiricalGame;
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
   * A PSRO driver.
   *
   * @param initial the starting populations (restored ones when resuming)
   * @param metaGame the restored empirical game, or null for a fresh run
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
      EmpiricalGame metaGame,
      TrainingTarget target,
      int topK) {
    super(game, solver, oracle, evaluator, settings, initial, metaGame);
    this.target = target;
    this.topK = topK;
    if (target == TrainingTarget.RECTIFIED && game.numPlayers() != 2) {
      throw new IllegalArgumentException(
          "the rectified target needs 2 players; " + game + " has " + game.numPlayers());
    }
    if (topK < 1) {
      throw new IllegalArgumentException("top-k=" + topK + " must be at least 1");
    }
    this.gaps = settings.exactGap() ? new ExactGaps(game) : null;
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
        out.add(
            new Target(
                p, new Opponents.Independent(p, pops, w), label(p, next) + "_r" + r.strategy()));
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
    for (int p = 0; p < n; p++) {
      out.add(new Target(p, new Opponents.Independent(p, pops, weights), label(p, next)));
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
