package org.psro4j.cli.run;

import java.util.List;
import java.util.SequencedMap;
import org.psro4j.cli.measures.Baseline;
import org.psro4j.cli.measures.Baselines;
import org.psro4j.cli.measures.RunMeasures;
import org.psro4j.game.Game;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfBots;
import org.psro4j.games.stratego.BarrageBots;
import org.psro4j.games.stratego.BarrageStratego;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.policy.FixedContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.policy.UniformContinuousPolicy;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.DriverSettings;
import org.psro4j.psro.ExactEvaluator;
import org.psro4j.psro.Jpsro;
import org.psro4j.psro.Oracles;
import org.psro4j.psro.PartialEvaluation;
import org.psro4j.psro.PayoffEvaluator;
import org.psro4j.psro.Population;
import org.psro4j.psro.PopulationDriver;
import org.psro4j.psro.Psro;
import org.psro4j.psro.SampledEvaluator;
import org.psro4j.psro.TrainingTarget;
import org.psro4j.random.Seeds;
import org.psro4j.rl.neupl.BestResponseHeadOracle;
import org.psro4j.rl.neupl.Neupl;
import org.psro4j.rl.neupl.NeuplJpsro;
import org.psro4j.rl.neupl.NeuplSettings;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.payoff.PayoffEstimatorSettings;
import org.psro4j.rl.payoff.PsiPayoffModel;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.heuristics.SsaHeuristics;

/** Builds a driver from a {@link RunConfig}: solver, oracle, evaluator, initial population. */
final class RunAssembly {

  private RunAssembly() {}

  static MetaSolver solver(RunConfig c) {
    // A name, or a name with options: prd(iterations=25000,dt=0.004); unknown ones are rejected.
    MetaSolver s = MetaSolvers.create(c.solver());
    boolean joint = s.isJoint();
    if (c.solvesJoint() && !joint) {
      throw new IllegalArgumentException(
          "--algo "
              + c.algo()
              + " needs a joint solver (cce, ce, mgcce, mgce, mwcce, mwce, mecce, mece), not '"
              + c.solver()
              + "'");
    }
    if ("psro".equals(c.algo()) && joint) {
      throw new IllegalArgumentException(
          "solver '"
              + c.solver()
              + "' returns a joint distribution: use it with --algo jpsro or neupl-jpsro");
    }
    // A solve the solver cannot verify falls back to a verified solver of the same concept, said
    // in one line on stderr and recorded as the meta-strategy's solver name (FallbackSolver).
    return MetaSolvers.withFallback(s, notice -> System.err.println("psro4j: " + notice));
  }

  /** The game of {@code c}: its game string, seen as a game of teams for team PSRO. */
  static Game game(RunConfig c) {
    Game game = org.psro4j.game.Games.load(c.game());
    return TeamPsroAssembly.ALGO.equals(c.algo()) ? TeamPsroAssembly.game(game) : game;
  }

  static BestResponseOracle oracle(RunConfig c, Game game) {
    BestResponseOracle oracle = Oracles.create(c.oracle(), c.oracleOptions());
    oracle.checkSupports(game);
    return oracle;
  }

  /**
   * The game's built-in heuristic policies or bots by name (ssa_coverage, capture_the_flag,
   * barrage_stratego), empty for other games.
   */
  static SequencedMap<String, Policy> heuristics(Game game) {
    if (game instanceof SsaCoverage) {
      return SsaHeuristics.population(game);
    }
    if (game instanceof CaptureTheFlag) {
      return CtfBots.population(game);
    }
    if (game instanceof BarrageStratego) {
      return BarrageBots.population(game);
    }
    return new java.util.LinkedHashMap<>();
  }

  /**
   * The initial population of {@code c} (see {@link #initialPopulation(RunConfig, Game,
   * Population)}), made on first use and then shared, so a run that asks for it twice (its driver
   * and its measures) makes it once.
   */
  static java.util.function.Supplier<Population> initialOnce(
      RunConfig c, Game game, org.psro4j.state.PopulationView saved) {
    Population[] made = new Population[1];
    return () -> {
      if (made[0] == null) {
        made[0] = initialPopulation(c, game, saved);
      }
      return made[0];
    };
  }

  /** The initial population of a new run of {@code c}. */
  static Population initialPopulation(RunConfig c, Game game) {
    return initialPopulation(c, game, null);
  }

  /**
   * The initial population of {@code c}; {@code saved}, a resumed run's population (or {@code
   * null}), lends the members that are costly to make again (the {@code --init imitation} clone).
   */
  static Population initialPopulation(
      RunConfig c, Game game, org.psro4j.state.PopulationView saved) {
    Population pop = new Population(game.numPlayers());
    if (game instanceof BarrageStratego) {
      return barragePopulation(c, game, saved);
    }
    if (ImitationInit.NAME.equals(c.init())) {
      throw new IllegalArgumentException(
          "--init imitation clones barrage_stratego's heuristic bot; " + game + " has none");
    }
    if ("heuristics".equals(c.init())) {
      SequencedMap<String, Policy> heuristics = heuristics(game);
      if (heuristics.isEmpty()) {
        throw new IllegalArgumentException(
            "--init heuristics needs a game with built-in heuristics (ssa_coverage,"
                + " capture_the_flag, barrage_stratego), not "
                + game);
      }
      for (int p = 0; p < game.numPlayers(); p++) {
        int player = p;
        heuristics.forEach((name, policy) -> pop.add(player, policy, name));
      }
      return pop;
    }
    Policy policy;
    if (game.hasContinuousActions()) {
      // The continuous counterparts: uniform on [0,1]^d, and the middle of the box (the even
      // split in continuous_blotto) for "first".
      policy =
          "first".equals(c.init())
              ? FixedContinuousPolicy.constant(game, 0.5)
              : UniformContinuousPolicy.of(game);
    } else {
      policy =
          "first".equals(c.init()) ? TabularPolicy.firstAction(game) : TabularPolicy.uniform(game);
    }
    for (int p = 0; p < game.numPlayers(); p++) {
      pop.add(p, policy, "p" + p + "_" + c.init());
    }
    return pop;
  }

  /**
   * Barrage Stratego is too large for tabular policies: {@code heuristics} starts from its random
   * and heuristic bots, {@code uniform} from the random bot (uniform over legal actions), {@code
   * imitation} from both bots and the heuristic cloned into the conv network ({@link
   * ImitationInit}).
   */
  private static Population barragePopulation(
      RunConfig c, Game game, org.psro4j.state.PopulationView saved) {
    Population pop = new Population(game.numPlayers());
    // One clone serves every seat (Barrage's seats see the board alike).
    Policy clone =
        ImitationInit.NAME.equals(c.init()) ? ImitationInit.policy(c, game, saved) : null;
    for (int p = 0; p < game.numPlayers(); p++) {
      int player = p;
      switch (c.init()) {
        case "heuristics" ->
            BarrageBots.population(game).forEach((name, policy) -> pop.add(player, policy, name));
        case "uniform" -> pop.add(p, BarrageBots.create("random", game), "p" + p + "_uniform");
        case ImitationInit.NAME -> {
          BarrageBots.population(game).forEach((name, policy) -> pop.add(player, policy, name));
          pop.add(p, clone, ImitationInit.NAME);
        }
        default ->
            throw new IllegalArgumentException(
                "--init "
                    + c.init()
                    + ": "
                    + game
                    + " is too large for tabular policies; use --init uniform, heuristics or"
                    + " imitation");
      }
    }
    return pop;
  }

  /**
   * The driver of {@code c} at its start: solver and oracle first (so bad names fail before
   * anything else), then the initial population, made by {@code initial} once the names are checked
   * (the same population {@link #measures} measures against). A resumed run restores its state into
   * it.
   */
  static PopulationDriver driver(
      RunConfig c, Game game, java.util.function.Supplier<Population> initial) {
    MetaSolver solver = solver(c);
    if (TeamPsroAssembly.ALGO.equals(c.algo())) {
      return TeamPsroAssembly.driver(c, game, solver);
    }
    BestResponseOracle oracle = oracle(c, game);
    boolean neural = "neupl-jpsro".equals(c.algo()) || "neupl".equals(c.algo());
    if (!neural && !c.neuplOptions().isEmpty()) {
      throw new IllegalArgumentException(
          "--neupl-option "
              + c.neuplOptions().keySet()
              + " applies to --algo neupl-jpsro and neupl only");
    }
    if ("neupl".equals(c.algo())) {
      org.psro4j.rl.neupl.SeatSymmetry.require(game);
    }
    NeuplSettings neupl = neural ? neuplSettings(c, game) : null;
    Population population = initial.get();
    if (game.hasContinuousActions() && c.episodes() == 0) {
      throw new IllegalArgumentException(
          game
              + " has continuous actions, so its payoffs can only be sampled: give --episodes N"
              + " (at least 2)");
    }
    if (game.hasContinuousActions() && "true".equals(c.exactGap())) {
      throw new IllegalArgumentException(
          "--exact-gap true needs a game whose tree can be walked; "
              + game
              + " has continuous actions (use --exact-gap auto or false)");
    }
    PayoffEvaluator evaluator =
        c.episodes() == 0 ? new ExactEvaluator(game) : new SampledEvaluator(c.episodes());
    DriverSettings settings = settings(c, game);
    PartialEvaluation partial = partialEvaluation(c, game);
    if ("neupl".equals(c.algo())) {
      return Neupl.neuplBuilder(game)
          .neupl(neupl)
          .solver(solver)
          .oracle(oracle)
          .evaluator(evaluator)
          .settings(settings)
          .initialPopulation(population)
          .partialEvaluation(partial)
          .build();
    }
    if (neupl != null) {
      if (neupl.brHead() && "ppo".equals(c.oracle())) {
        // The shared-encoder best-response head, trained with the ppo oracle's settings.
        oracle =
            new BestResponseHeadOracle(
                org.psro4j.rl.algo.PpoSettings.fromOptions(c.oracleOptions()), neupl.topK());
      }
      return NeuplJpsro.neuplBuilder(game)
          .neupl(neupl)
          .solver(solver)
          .oracle(oracle)
          .evaluator(evaluator)
          .settings(settings)
          .initialPopulation(population)
          .partialEvaluation(partial)
          .build();
    }
    if ("jpsro".equals(c.algo())) {
      return Jpsro.builder(game)
          .solver(solver)
          .oracle(oracle)
          .evaluator(evaluator)
          .settings(settings)
          .initialPopulation(population)
          .partialEvaluation(partial)
          .build();
    }
    return Psro.builder(game)
        .solver(solver)
        .oracle(oracle)
        .evaluator(evaluator)
        .settings(settings)
        .initialPopulation(population)
        .partialEvaluation(partial)
        .target(TrainingTarget.parse(c.target()))
        .topK(c.topK())
        .build();
  }

  /**
   * The partial evaluation of {@code c}: none when every entry is evaluated with the main-effects
   * model; with {@code psi}, ψ is trained (and its held-out error reported) even when nothing is
   * imputed.
   */
  static PartialEvaluation partialEvaluation(RunConfig c, Game game) {
    if ("psi".equals(c.payoffEstimator())) {
      PsiPayoffModel psi =
          new PsiPayoffModel(
              game.numPlayers(),
              PayoffEstimatorSettings.defaults(Seeds.derive(c.seed(), "psi")),
              DjlRuntime.device("cpu"));
      return new PartialEvaluation(c.evalFraction(), exactReference(game), psi);
    }
    return c.evalFraction() < 1
        ? new PartialEvaluation(c.evalFraction(), exactReference(game))
        : null;
  }

  /**
   * NeuPL-JPSRO's settings from {@code --neupl-option}; its initial population is one fresh
   * embedding per player, so {@code --init} must stay at its default (symmetric NeuPL distils one
   * initial policy per seat into member 0, so {@code uniform} or {@code first}), and its network
   * reads the game's tensors, so the game must have discrete actions.
   */
  private static NeuplSettings neuplSettings(RunConfig c, Game game) {
    if (!"uniform".equals(c.init()) && !("neupl".equals(c.algo()) && "first".equals(c.init()))) {
      throw new IllegalArgumentException(
          "--init "
              + c.init()
              + ": "
              + c.algo()
              + ("neupl".equals(c.algo())
                  ? " starts from one initial policy per seat (--init uniform or first)"
                  : " starts from one fresh embedding per player (leave --init at uniform)"));
    }
    if (game.hasContinuousActions()) {
      throw new IllegalArgumentException(
          "--algo " + c.algo() + " needs discrete actions; " + game + " has continuous actions");
    }
    org.psro4j.rl.nn.ObservationSpec.of(game);
    NeuplSettings settings = NeuplSettings.fromOptions(c.neuplOptions());
    if (!"none".equals(settings.core())) {
      // A member with a recurrent core rebuilds a player's observations from the state's history.
      try {
        game.newInitialState().history();
      } catch (UnsupportedOperationException e) {
        throw new IllegalArgumentException(
            "--neupl-option core="
                + settings.core()
                + " needs a game that records its history of actions; "
                + game
                + " does not (use core=none)");
      }
    }
    return settings;
  }

  /** The loop settings of {@code c}, with {@code --exact-gap auto} resolved for {@code game}. */
  static DriverSettings settings(RunConfig c, Game game) {
    boolean exactGap =
        switch (c.exactGap()) {
          case "true" -> true;
          case "false" -> false;
          default -> exactReference(game) != null;
        };
    return new DriverSettings(
        c.iterations(),
        c.epsilon(),
        c.patience(),
        c.seed(),
        c.threads(),
        exactGap,
        c.checkpointSteps());
  }

  /**
   * The per-iteration measures of {@code c}'s run (support, diversity, Elo, payoffs against the
   * {@code baselines}): exact where the game's tree can be walked, else sampled over the run's
   * {@code episodes} per policy (100 when the run evaluates exactly).
   */
  static RunMeasures measures(
      RunConfig c, Game game, java.util.function.Supplier<Population> initial) {
    if (TeamPsroAssembly.ALGO.equals(c.algo())) {
      return TeamPsroAssembly.measures(c, game);
    }
    List<Baseline> baselines =
        Baselines.of(c.baselines(), game, c.init(), initial.get(), heuristics(game));
    boolean small = exactReference(game) != null;
    int episodes = c.episodes() > 0 ? c.episodes() : 100;
    return new RunMeasures(game, baselines, small, episodes, c.seed());
  }

  /** An exact evaluator to measure imputation error against, when the game can be walked. */
  private static PayoffEvaluator exactReference(Game game) {
    if (game.hasContinuousActions()) {
      return null;
    }
    try {
      return new ExactEvaluator(game);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
