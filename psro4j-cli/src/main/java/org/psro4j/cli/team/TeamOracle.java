package org.psro4j.cli.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.TeamGame;
import org.psro4j.game.TeamView;
import org.psro4j.learn.LearningOracle;
import org.psro4j.policy.Policy;
import org.psro4j.policy.SharedSeatPolicy;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.OracleResult;
import org.psro4j.psro.Oracles;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * The best-response oracle of team PSRO: a task of a {@link TeamView} (a team against the other
 * teams' meta-strategy) is trained as a {@link TeamResponse} on the first seat of the team, one PPO
 * policy shared by the team's seats, and returned as a {@link SharedSeatPolicy}. Iteration {@code
 * i} trains on the {@code i}-th game of {@code train_games} (the last one after them), so a list is
 * a curriculum; the result is relabelled for the run's game.
 *
 * <p>Options (the rest go to PPO, with {@link #PPO_DEFAULTS} unless given): {@code br_steps}
 * (default 4,000,000), {@code phase_steps} (teammate refresh, default 100,000), {@code train_games}
 * (game strings separated by {@code ;}, default the run's game), {@code min_weight} (each enemy
 * population member's least weight in the training mix, default 0: the target as given).
 */
public final class TeamOracle implements BestResponseOracle {

  /** PPO options team play uses unless an option overrides them. */
  public static final Map<String, String> PPO_DEFAULTS =
      Map.of(
          "gamma", "0.99",
          "num_envs", "32",
          "rollout_steps", "8192",
          "minibatch", "256",
          "lr", "1e-3");

  /** The default steps per best response. */
  public static final long DEFAULT_STEPS = 4_000_000L;

  /** The default steps between teammate refreshes. */
  public static final long DEFAULT_PHASE_STEPS = 100_000L;

  private final LearningOracle ppo;
  private final long steps;
  private final long phaseSteps;
  private final List<TeamGame> trainGames;
  private final TeamView view;
  private final double minWeight;
  private IntSupplier iteration = () -> 1;
  private int valueEpisodes;

  /** The oracle for runs on {@code view} with {@code options} (checked; names a bad value). */
  public TeamOracle(TeamView view, Map<String, String> options) {
    this.view = Objects.requireNonNull(view, "view");
    Map<String, String> ppoOptions = new LinkedHashMap<>(PPO_DEFAULTS);
    ppoOptions.putAll(options);
    this.steps = positive(ppoOptions, "br_steps", DEFAULT_STEPS);
    ppoOptions.put("br_steps", Long.toString(steps));
    this.phaseSteps = positive(ppoOptions, "phase_steps", DEFAULT_PHASE_STEPS);
    ppoOptions.remove("phase_steps");
    this.minWeight = fraction(ppoOptions.remove("min_weight"));
    String games = ppoOptions.remove("train_games");
    this.trainGames = games == null ? List.of(view.seatGame()) : trainGames(view, games);
    if (!(Oracles.create("ppo", ppoOptions) instanceof LearningOracle learning)) {
      throw new IllegalStateException("the ppo oracle does not learn in sessions");
    }
    this.ppo = learning;
    for (TeamGame g : trainGames) {
      ppo.checkSupports(g);
    }
  }

  /**
   * The oracle of {@code psro4j exploit} on a team run: a shared team policy trained on the last
   * game of the run's curriculum.
   */
  public static TeamOracle exploiter(Game game, Map<String, String> options) {
    TeamOracle oracle = new TeamOracle(TeamView.of(game), options);
    oracle.iterationFrom(() -> Integer.MAX_VALUE);
    return oracle;
  }

  /** Where the current PSRO iteration comes from (the curriculum's index). */
  void iterationFrom(IntSupplier source) {
    this.iteration = Objects.requireNonNull(source, "source");
  }

  /**
   * With {@code episodes} &gt; 0 a best response's value is its mean return in the run's game
   * against its target over that many episodes ({@link TeamValue}); otherwise (exploit) the
   * learner's training return.
   */
  public void valueEpisodes(int episodes) {
    this.valueEpisodes = episodes;
  }

  @Override
  public String name() {
    return "team-ppo";
  }

  @Override
  public void checkSupports(Game game) {
    if (!(game instanceof TeamView v) || !v.equals(view)) {
      throw new IllegalArgumentException("the team oracle trains on " + view + ", not " + game);
    }
  }

  @Override
  public Map<String, Object> resolvedOptions() {
    Map<String, Object> out = new LinkedHashMap<>(ppo.resolvedOptions());
    out.put("phase_steps", phaseSteps);
    out.put("min_weight", minWeight);
    out.put("train_games", trainGames.stream().map(Object::toString).toList());
    return out;
  }

  @Override
  public OracleResult bestResponse(BestResponseTask task) {
    checkSupports(task.game());
    int it = Math.max(1, iteration.getAsInt());
    TeamGame game = trainGames.get(Math.min(it, trainGames.size()) - 1);
    int team = task.player();
    if (!(task.opponents() instanceof Opponents.Independent mix)) {
      throw new IllegalArgumentException("team PSRO trains against independent team mixes");
    }
    List<Policy> enemies = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int t = 0; t < view.numPlayers(); t++) {
      if (t == team) {
        continue;
      }
      if (view.numPlayers() > 2) {
        throw new IllegalArgumentException(
            "team PSRO trains against one enemy team; " + view + " has " + view.numPlayers());
      }
      List<Policy> pop = mix.populations().get(t);
      double[] floored = floored(mix.weights()[t], minWeight);
      for (int k = 0; k < pop.size(); k++) {
        if (floored[k] > 0) {
          enemies.add(TeamResponse.relabel(seatPolicy(pop.get(k)), game));
          weights.add(floored[k]);
        }
      }
    }
    double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
    Policy warm = task.warmStart() == null ? null : seatPolicy(task.warmStart());
    // Until the first learned snapshot, the teammates play the team's newest policy (a bot).
    Policy mate = warm != null ? TeamResponse.relabel(warm, game) : enemies.getFirst();
    TeamResponse.Result r =
        TeamResponse.train(
            ppo,
            game,
            view.seats(team)[0],
            enemies,
            w,
            warm,
            mate,
            task.seed(),
            steps,
            phaseSteps,
            task.label());
    SharedSeatPolicy learned =
        new SharedSeatPolicy(TeamResponse.relabel(r.policy(), view.seatGame()));
    double value =
        valueEpisodes > 0
            ? TeamValue.estimate(view, team, learned, mix, valueEpisodes, task.seed())
            : r.progress().meanReturn();
    return new OracleResult(
        learned,
        value,
        r.progress().steps(),
        r.progress().episodes(),
        r.progress().updates(),
        r.progress().seconds());
  }

  /**
   * {@code weights} with at least {@code floor} on every member: {@code (1 − k·floor)·w + floor}
   * for {@code k} members (the exploration floor of OpenSpiel's projected replicator dynamics,
   * {@code prd_gamma}), the uniform mix when {@code k·floor ≥ 1}.
   */
  static double[] floored(double[] weights, double floor) {
    int k = weights.length;
    double[] out = new double[k];
    for (int i = 0; i < k; i++) {
      out[i] = k * floor >= 1 ? 1.0 / k : (1 - k * floor) * weights[i] + floor;
    }
    return out;
  }

  private static double fraction(String v) {
    if (v == null) {
      return 0;
    }
    double value;
    try {
      value = Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("oracle option min_weight=" + v + " is not a number");
    }
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(
          "oracle option min_weight=" + v + " must be at least 0 and below 1");
    }
    return value;
  }

  /** The seat policy inside a team policy. */
  public static Policy seatPolicy(Policy policy) {
    return policy instanceof SharedSeatPolicy s ? s.seatPolicy() : policy;
  }

  private static long positive(Map<String, String> options, String key, long fallback) {
    String v = options.get(key);
    if (v == null) {
      return fallback;
    }
    long value;
    try {
      value = Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("oracle option " + key + "=" + v + " is not an integer");
    }
    if (value < 1) {
      throw new IllegalArgumentException("oracle option " + key + "=" + v + " must be positive");
    }
    return value;
  }

  private static List<TeamGame> trainGames(TeamView view, String list) {
    List<TeamGame> out = new ArrayList<>();
    for (String s : list.split(";", -1)) {
      if (s.isBlank()) {
        throw new IllegalArgumentException(
            "oracle option train_games=" + list + " has an empty game");
      }
      Game g = Games.load(s.strip());
      if (!(g instanceof TeamGame t)
          || g.numPlayers() != view.seatGame().numPlayers()
          || !ObservationSpec.of(g).equals(ObservationSpec.of(view.seatGame()))) {
        throw new IllegalArgumentException(
            "oracle option train_games: "
                + s.strip()
                + " must be a team game with the seats and view of "
                + view.seatGame());
      }
      out.add(t);
    }
    return List.copyOf(out);
  }
}
