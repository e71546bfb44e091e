package org.psro4j.cli.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.psro4j.analysis.EffectiveSupport;
import org.psro4j.analysis.PopulationDiversity;
import org.psro4j.game.Game;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.IterationResult;
import org.psro4j.random.Seeds;
import org.psro4j.run.IterationMeasures;
import org.psro4j.state.DriverState;

/**
 * The measures a run writes into metrics.csv each iteration, after the driver's own columns:
 *
 * <ul>
 *   <li>{@code support_pP}: effective support size exp(H) of player P's meta-strategy (Hill 1973);
 *   <li>{@code diversity_pP}: mean pairwise Jensen–Shannon divergence (bits) of P's population on
 *       states from the meta-strategy's own play ({@link PopulationDiversity}; discrete games);
 *   <li>{@code vs_B_pP} and {@code vs_B_pP_se}: P's mean payoff playing its meta-strategy against
 *       baseline B on the other seats, and its standard error ({@link BaselinePayoffs}).
 * </ul>
 *
 * Ratings (Elo, mElo, α-Rank) are left to the report's final table: an Elo fit of the whole
 * meta-game every iteration cost as much as the README's Leduc run itself. Sampled quantities use
 * seeds derived from the run's root seed and the iteration (or the policy), so a resumed run writes
 * the same values.
 */
public final class RunMeasures implements IterationMeasures {

  /**
   * Episodes of meta-strategy play diversity is measured on each iteration when the tree can be
   * walked (the report measures the final population on 200): on the README's Leduc run 200 made
   * the measures a third of the run's time.
   */
  static final int SMALL_GAME_EPISODES = 50;

  /** Episodes for larger games, whose episodes with neural policies are long. */
  static final int LARGE_GAME_EPISODES = 20;

  private final Game game;
  private final List<Baseline> baselines;
  private final BaselinePayoffs payoffs;
  private final boolean small;
  private final long seed;
  private final List<String> columns = new ArrayList<>();

  /**
   * The measures of a run of {@code game} under root {@code seed}; {@code small} when the game's
   * tree can be walked (exact baseline payoffs), else baseline payoffs are sampled over {@code
   * episodes} episodes per policy.
   */
  public RunMeasures(Game game, List<Baseline> baselines, boolean small, int episodes, long seed) {
    this.game = game;
    this.baselines = baselines;
    this.small = small;
    this.seed = seed;
    this.payoffs = new BaselinePayoffs(game, baselines, small, Math.max(2, episodes), seed);
    int n = game.numPlayers();
    for (int p = 0; p < n; p++) {
      columns.add("support_p" + p);
    }
    for (int p = 0; p < n; p++) {
      columns.add("diversity_p" + p);
    }
    for (Baseline b : baselines) {
      for (int p = 0; p < n; p++) {
        columns.add("vs_" + b.name() + "_p" + p);
        columns.add("vs_" + b.name() + "_p" + p + "_se");
      }
    }
  }

  @Override
  public List<String> columns() {
    return List.copyOf(columns);
  }

  @Override
  public double[] measure(IterationResult r, DriverState state) {
    int n = game.numPlayers();
    double[][] marginals = r.marginals();
    double[] out = new double[columns.size()];
    int c = 0;
    for (int p = 0; p < n; p++) {
      out[c++] = EffectiveSupport.of(marginals[p]);
    }
    // Diversity does not depend on the baselines: while the driver waits for this row, it runs
    // beside the baseline payoffs (each is seeded on its own, so the values do not depend on the
    // order). Only tabular policies are read from two threads at once;
    // neural ones are measured one after the other.
    boolean tabular =
        state.population().all().stream()
            .flatMap(List::stream)
            .allMatch(policy -> policy instanceof TabularPolicy);
    CompletableFuture<double[]> diversity =
        tabular
            ? CompletableFuture.supplyAsync(() -> diversity(r, state))
            : CompletableFuture.completedFuture(diversity(r, state));
    double[][] vs = new double[baselines.size() * n][];
    for (int b = 0; b < baselines.size(); b++) {
      for (int p = 0; p < n; p++) {
        vs[b * n + p] = payoffs.of(b, p, marginals[p], state.population());
      }
    }
    for (double d : join(diversity)) {
      out[c++] = d;
    }
    for (double[] v : vs) {
      out[c++] = v[0];
      out[c++] = v[1];
    }
    return out;
  }

  /** The value of {@code future}, rethrowing what it threw. */
  private static double[] join(CompletableFuture<double[]> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  private double[] diversity(IterationResult r, DriverState state) {
    double[] none = new double[game.numPlayers()];
    java.util.Arrays.fill(none, Double.NaN);
    if (game.hasContinuousActions()) {
      return none;
    }
    return PopulationDiversity.measure(
        game,
        state.population().all(),
        List.of(r.marginals()),
        small ? SMALL_GAME_EPISODES : LARGE_GAME_EPISODES,
        Seeds.derive(seed, "diversity", r.iteration()));
  }
}
