package org.psro4j.cli.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.psro4j.game.TeamView;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.DriverSettings;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.OracleResult;
import org.psro4j.psro.PayoffEvaluator;
import org.psro4j.psro.Population;
import org.psro4j.psro.PopulationDriver;
import org.psro4j.psro.TrainingTarget;
import org.psro4j.state.SlotRole;

/**
 * PSRO (Lanctot et al., NeurIPS 2017) on the team meta-game of a team game: each team of a {@link
 * TeamView} is one meta-player whose strategies are policies shared by all its seats; the
 * meta-solver (Nash by default) solves the empirical game of teams, and each iteration a {@link
 * TeamOracle} trains a best response to the other team's meta-strategy (or, with the uniform
 * target, to the uniform mix of its population: fictitious play). When the seats' views are the
 * same for every team ({@link org.psro4j.game.TeamGame#teamSymmetric}), one best response per
 * iteration is trained, as team 0, and joins every team's population; otherwise each team trains
 * its own. After each iteration the newest learned policy is scored by {@code scores} (e.g. its win
 * rate against each of the game's bots), as metrics columns.
 */
public final class TeamPsro extends PopulationDriver {

  private final boolean symmetric;
  private final boolean uniformTarget;
  private final BiFunction<Policy, Integer, Map<String, Double>> scores;
  private final List<String> scoreColumns;
  private Policy newest;

  /**
   * A team PSRO driver.
   *
   * @param scores the metrics of the newest learned policy at an iteration; called with null at
   *     iteration 0 (every column NaN) and must always give the same columns
   */
  public TeamPsro(
      TeamView game,
      MetaSolver solver,
      TeamOracle oracle,
      PayoffEvaluator evaluator,
      DriverSettings settings,
      Population initial,
      TrainingTarget target,
      BiFunction<Policy, Integer, Map<String, Double>> scores) {
    super(game, solver, oracle, evaluator, settings, initial);
    if (solver.isJoint()) {
      throw new IllegalArgumentException(
          "--algo team-psro solves the team meta-game for each team: solver '"
              + solver.name()
              + "' returns a joint distribution");
    }
    if (target != TrainingTarget.PROBABILISTIC && target != TrainingTarget.UNIFORM) {
      throw new IllegalArgumentException(
          "--algo team-psro trains against the meta-strategy (probabilistic) or the uniform mix"
              + " of the population (uniform), not --target "
              + target.name().toLowerCase(java.util.Locale.ROOT));
    }
    this.uniformTarget = target == TrainingTarget.UNIFORM;
    this.symmetric = game.seatGame().teamSymmetric();
    this.scores = scores;
    this.scoreColumns = List.copyOf(scores.apply(null, 0).keySet());
    oracle.iterationFrom(() -> iteration() + 1);
  }

  /** Whether one best response per iteration serves every team. */
  public boolean symmetric() {
    return symmetric;
  }

  @Override
  public String gapName() {
    return "nash_conv";
  }

  @Override
  protected List<Target> targets(MetaStrategy meta) {
    int next = iteration() + 1;
    List<List<Policy>> pops = population.all();
    int n = game.numPlayers();
    double[][] weights = new double[n][];
    for (int p = 0; p < n; p++) {
      int k = pops.get(p).size();
      weights[p] = uniformTarget ? uniform(k) : meta.marginal(p).clone();
    }
    double[] joint = meta.jointDistribution();
    List<Target> out = new ArrayList<>();
    for (int p = 0; p < (symmetric ? 1 : n); p++) {
      out.add(
          target(
              p,
              new Opponents.Independent(p, pops, weights),
              (symmetric ? "team" : "p" + p) + "_it" + next,
              1,
              metaValue(p, joint)));
    }
    return out;
  }

  @Override
  protected int absorb(int iteration, List<Target> targets, List<OracleResult> results) {
    newest = results.getLast().policy();
    if (!symmetric) {
      return super.absorb(iteration, targets, results);
    }
    Policy learned = results.getFirst().policy();
    int added = 0;
    for (int p = 0; p < game.numPlayers(); p++) {
      if (!population.contains(p, learned)) {
        addPolicy(p, learned, targets.getFirst().label(), SlotRole.FIXED);
        added++;
      }
    }
    return added;
  }

  private static double[] uniform(int k) {
    double[] w = new double[k];
    java.util.Arrays.fill(w, 1.0 / k);
    return w;
  }

  @Override
  protected double exactGap(MetaStrategy meta) {
    return Double.NaN;
  }

  @Override
  protected Map<String, Double> extraMetrics() {
    Map<String, Double> out = new LinkedHashMap<>();
    Map<String, Double> measured = newest == null ? Map.of() : scores.apply(newest, iteration());
    for (String column : scoreColumns) {
      out.put(column, measured.getOrDefault(column, Double.NaN));
    }
    newest = null;
    return out;
  }
}
