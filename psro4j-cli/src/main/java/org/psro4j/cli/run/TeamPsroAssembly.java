package org.psro4j.cli.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.BiFunction;
import org.psro4j.cli.measures.Baseline;
import org.psro4j.cli.measures.Baselines;
import org.psro4j.cli.measures.RunMeasures;
import org.psro4j.cli.team.TeamOracle;
import org.psro4j.cli.team.TeamPsro;
import org.psro4j.game.Game;
import org.psro4j.game.TeamView;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfBots;
import org.psro4j.games.ctf.CtfWinRates;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.policy.Policy;
import org.psro4j.policy.SharedSeatPolicy;
import org.psro4j.psro.DriverSettings;
import org.psro4j.psro.Population;
import org.psro4j.psro.PopulationDriver;
import org.psro4j.psro.SampledEvaluator;
import org.psro4j.random.Seeds;

/**
 * Builds {@code run --algo team-psro}: the team view of the run's game, the team oracle (PPO on a
 * shared seat policy), sampled meta-game entries, the initial population of the game's bots played
 * by every seat of a team, and for capture_the_flag the newest policy's win rate against each bot
 * after every iteration ({@code win_BOT}, {@code win_BOT_se}; {@code --episodes} games per colour).
 */
public final class TeamPsroAssembly {

  /** The algorithm's name. */
  public static final String ALGO = "team-psro";

  /** The oracle's {@code min_weight} when a run trains against the meta-strategy and names none. */
  public static final double NASH_MIN_WEIGHT = 0.2;

  private TeamPsroAssembly() {}

  /** The game a team run plays: the team view of {@code game}. */
  public static TeamView game(Game game) {
    return TeamView.of(game);
  }

  /** The driver of {@code c} on {@code game} (a team game or its view) with {@code solver}. */
  public static PopulationDriver driver(RunConfig c, Game game, MetaSolver solver) {
    TeamView view = game(game);
    if (!"ppo".equals(c.oracle())) {
      throw new IllegalArgumentException(
          "--algo team-psro trains shared team policies with --oracle ppo, not '"
              + c.oracle()
              + "'");
    }
    if (c.episodes() < 2) {
      throw new IllegalArgumentException(
          "--algo team-psro samples its meta-game: give --episodes N (at least 2), not "
              + c.episodes());
    }
    if ("true".equals(c.exactGap())) {
      throw new IllegalArgumentException(
          "--exact-gap true: " + view + " is too large to walk (use --exact-gap auto or false)");
    }
    if (c.evalFraction() < 1) {
      throw new IllegalArgumentException(
          "--eval-fraction " + c.evalFraction() + " is not supported by --algo team-psro");
    }
    if (!c.neuplOptions().isEmpty()) {
      throw new IllegalArgumentException(
          "--neupl-option "
              + c.neuplOptions().keySet()
              + " applies to --algo neupl-jpsro and neupl only");
    }
    if (!java.util.Set.of("probabilistic", "uniform").contains(c.target())) {
      throw new IllegalArgumentException(
          "--algo team-psro trains against the meta-strategy (probabilistic) or the uniform mix of"
              + " the population (uniform), not --target "
              + c.target());
    }
    TeamOracle oracle = new TeamOracle(view, oracleOptions(c));
    oracle.valueEpisodes(c.episodes());
    DriverSettings settings =
        new DriverSettings(
            c.iterations(), c.epsilon(), c.patience(), c.seed(), c.threads(), false, 0L);
    if (c.checkpointSteps() > 0) {
      throw new IllegalArgumentException(
          "--checkpoint-steps "
              + c.checkpointSteps()
              + ": --algo team-psro resumes from the last completed iteration only");
    }
    return new TeamPsro(
        view,
        solver,
        oracle,
        new SampledEvaluator(c.episodes()),
        settings,
        initialPopulation(c, view),
        org.psro4j.psro.TrainingTarget.parse(c.target()),
        scores(view, c.episodes(), c.seed()));
  }

  /**
   * The team oracle's options of {@code c}: as given, plus {@code min_weight=}{@value
   * #NASH_MIN_WEIGHT} when the run trains against the meta-strategy ({@code --target
   * probabilistic}, the default) and names no {@code min_weight}. The floor keeps every member of
   * the enemy population, the bots included, in the best response's training mix (the exploration
   * floor of projected replicator dynamics, Lanctot et al., NeurIPS 2017), so a PPO best response
   * on a sparse-reward game always meets opponents it can learn to score against; without it, on
   * capture_the_flag's official game, the Nash mix of the attacker and defender pairs taught the
   * first best responses to guard and never to capture (see docs/capture-the-flag.md). With {@code
   * --target uniform} the floor changes nothing (the uniform mix is its own floor).
   */
  static Map<String, String> oracleOptions(RunConfig c) {
    Map<String, String> options = new LinkedHashMap<>(c.oracleOptions());
    if ("probabilistic".equals(c.target()) && !options.containsKey("min_weight")) {
      options.put("min_weight", Double.toString(NASH_MIN_WEIGHT));
    }
    return options;
  }

  /** The seat game's bots or heuristics, each played by every seat of a team. */
  public static SequencedMap<String, Policy> heuristics(TeamView view) {
    SequencedMap<String, Policy> out = new LinkedHashMap<>();
    if (view.seatGame() instanceof CaptureTheFlag ctf) {
      CtfBots.population(ctf).forEach((name, bot) -> out.put(name, new SharedSeatPolicy(bot)));
    }
    return out;
  }

  /**
   * {@code --init heuristics}: every bot for every team; {@code --init uniform}: the uniformly
   * random bot.
   */
  static Population initialPopulation(RunConfig c, TeamView view) {
    SequencedMap<String, Policy> bots = heuristics(view);
    if (bots.isEmpty()) {
      throw new IllegalArgumentException(
          "--algo team-psro starts from the game's bots; " + view.seatGame() + " has none");
    }
    Population pop = new Population(view.numPlayers());
    for (int t = 0; t < view.numPlayers(); t++) {
      int team = t;
      switch (c.init()) {
        case "heuristics" -> bots.forEach((name, policy) -> pop.add(team, policy, name));
        case "uniform" -> {
          if (!bots.containsKey("random")) {
            throw new IllegalArgumentException(
                "--init uniform: " + view.seatGame() + " has no random bot");
          }
          pop.add(team, bots.get("random"), "random");
        }
        default ->
            throw new IllegalArgumentException(
                "--init "
                    + c.init()
                    + ": --algo team-psro starts from the game's bots (heuristics) or the random"
                    + " bot (uniform)");
      }
    }
    return pop;
  }

  /** The per-iteration measures: sampled, against the bots as teams. */
  public static RunMeasures measures(RunConfig c, Game game) {
    TeamView view = game(game);
    SequencedMap<String, Policy> bots = heuristics(view);
    List<Baseline> baselines =
        Baselines.of(c.baselines(), view, c.init(), initialPopulation(c, view), bots);
    return new RunMeasures(view, baselines, false, Math.max(2, c.episodes()), c.seed());
  }

  /**
   * On capture_the_flag, the newest learned policy's win rate (and its standard error) against a
   * pair of each bot, {@code episodes} games as red and as blue; no columns on other games.
   */
  static BiFunction<Policy, Integer, Map<String, Double>> scores(
      TeamView view, int episodes, long seed) {
    if (!(view.seatGame() instanceof CaptureTheFlag ctf)) {
      return (policy, it) -> Map.of();
    }
    return (policy, it) -> {
      Map<String, Double> out = new LinkedHashMap<>();
      List<CtfWinRates.Row> rows =
          policy == null
              ? null
              : CtfWinRates.againstBots(
                  ctf,
                  team(ctf, TeamOracle.seatPolicy(policy)),
                  episodes,
                  Seeds.derive(seed, "team-win-rates", it));
      for (int i = 0; i < CtfBots.NAMES.size(); i++) {
        String bot = CtfBots.NAMES.get(i);
        out.put("win_" + bot, rows == null ? Double.NaN : rows.get(i).winRate());
        out.put(
            "win_" + bot + "_se", rows == null ? Double.NaN : rows.get(i).winRateStandardError());
      }
      return out;
    };
  }

  private static Policy[] team(Game game, Policy policy) {
    Policy[] team = new Policy[game.numPlayers()];
    java.util.Arrays.fill(team, policy);
    return team;
  }
}
