package org.psro4j.cli.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.psro4j.cli.run.PipelineConfig;
import org.psro4j.cli.run.PipelineConfigJson;
import org.psro4j.cli.run.PipelineHelp;
import org.psro4j.cli.run.RunConfig;
import org.psro4j.cluster.RunSpec;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.pipeline.PipelineSettings;
import org.psro4j.psro.ExactBestResponse;
import org.psro4j.solvers.MetaSolvers;
import picocli.CommandLine.Option;

/**
 * The settings of a new cluster run, as flags with the names and defaults of {@code run --algo
 * pipeline}; written to the run's {@code config.json} in run's shape, from which a restarted
 * manager reads them back (so {@code --run DIR} alone resumes; a manager's older flat config.json
 * still does).
 */
final class ClusterRunOptions {

  private static final ObjectMapper JSON = new ObjectMapper();
  // The flat keys of configs written before the manager took run's shape read over these.
  private static final PipelineSettings DEFAULTS = PipelineSettings.defaults();

  @Option(names = "--game", description = "Game string (required for a new run).")
  String game;

  @Option(
      names = "--oracle",
      defaultValue = "ppo",
      description = "Learning oracle (default ${DEFAULT-VALUE}).")
  String oracle = "ppo";

  @Option(
      names = "--oracle-option",
      paramLabel = "KEY=VALUE",
      description = "Oracle option, e.g. br_steps=200000 (repeatable).")
  Map<String, String> oracleOptions = new LinkedHashMap<>();

  @Option(
      names = "--solver",
      defaultValue = "nash",
      description = "Meta-solver of the lower-level mixtures (default ${DEFAULT-VALUE}).")
  String solver = "nash";

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Root seed (default ${DEFAULT-VALUE}, as run's).")
  long seed = 42;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "Levels each player fixes (default 20, as run's).")
  Integer levels;

  @Option(names = "--plateau-threshold", description = PipelineHelp.PLATEAU_THRESHOLD)
  Double threshold;

  @Option(names = "--plateau-per", paramLabel = "N", description = PipelineHelp.PLATEAU_PER)
  Long per;

  @Option(names = "--plateau-start", paramLabel = "N", description = PipelineHelp.PLATEAU_START)
  Long start;

  @Option(names = "--plateau-min", paramLabel = "N", description = PipelineHelp.PLATEAU_MIN)
  Long min;

  @Option(
      names = "--plateau-window",
      paramLabel = "EPISODES",
      description = PipelineHelp.PLATEAU_WINDOW)
  Long plateauWindow;

  @Option(names = "--level-max", paramLabel = "N", description = PipelineHelp.LEVEL_MAX)
  Long max;

  @Option(names = "--refresh", paramLabel = "N", description = PipelineHelp.REFRESH)
  Long refresh;

  @Option(names = "--count", paramLabel = "steps|episodes", description = PipelineHelp.COUNT)
  String count;

  @Option(names = "--episode-budget", paramLabel = "N", description = PipelineHelp.EPISODE_BUDGET)
  Long episodeBudget;

  @Option(
      names = "--lease-seconds",
      defaultValue = "30",
      description = "Lease without heartbeat (default ${DEFAULT-VALUE}).")
  long leaseSeconds = 30;

  @Option(
      names = "--report-steps",
      defaultValue = "2000",
      description = "Steps a worker trains between reports (default ${DEFAULT-VALUE}).")
  long reportSteps = 2000;

  @Option(
      names = "--snapshot-steps",
      paramLabel = "N",
      description =
          "Environment steps between a training level's policy snapshots, each sent to the manager"
              + " with its learner checkpoint (default: --refresh). Not run's --checkpoint-steps.")
  Long snapshotSteps;

  @Option(
      names = "--episodes",
      description =
          "Episodes per sampled entry; 0 exact (default: 0 when the game can be walked, else 20000).")
  Long evalEpisodes;

  /**
   * These flags as a new run's config.json: the shape of {@code run --algo pipeline}'s (its
   * settings over run's defaults, Pipeline's grouped under {@code "pipeline"}), with {@code
   * "engine": "cluster"} and the engine's own settings under {@value PipelineConfigJson#CLUSTER}.
   */
  ObjectNode toConfig() {
    if (game == null) {
      throw new IllegalArgumentException("--game is required for a new run");
    }
    if (plateauWindow != null && plateauWindow < 0) {
      throw new IllegalArgumentException(
          "--plateau-window " + plateauWindow + " must be non-negative (0: the moving return)");
    }
    Game g = Games.load(game);
    ObjectNode s = JSON.createObjectNode();
    s.put("game", g.toString());
    s.put("algo", "pipeline");
    s.put("oracle", oracle);
    s.set("oracle_options", JSON.valueToTree(oracleOptions));
    s.put("solver", solver);
    s.put("seed", seed);
    if (levels != null) {
      s.put("iterations", levels);
    }
    long eval = evalEpisodes != null ? evalEpisodes : walkable(g.toString()) ? 0 : 20_000;
    if (eval < 0 || eval > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("--episodes " + eval + " must be in 0..2^31-1");
    }
    s.put("episodes", (int) eval);
    ObjectNode p = s.putObject(PipelineConfig.KEY);
    putIfSet(p, "plateau_threshold", threshold);
    putIfSet(p, "plateau_per", per);
    putIfSet(p, "plateau_start", start);
    putIfSet(p, "plateau_min", min);
    putIfSet(p, "plateau_window", plateauWindow);
    putIfSet(p, "level_max", max);
    putIfSet(p, "refresh", refresh);
    if (count != null) {
      p.put("count", count);
    }
    putIfSet(p, "episode_budget", episodeBudget);
    RunConfig c = PipelineConfigJson.read("the flags", s);
    ObjectNode o = PipelineConfigJson.ofCluster(c, g);
    // Workers join as members; the manager's own --workers threads are not a run setting.
    ((ObjectNode) o.get(PipelineConfig.KEY)).remove("workers");
    o.put("engine", "cluster");
    ObjectNode engine = o.putObject(PipelineConfigJson.CLUSTER);
    engine.put("lease_ms", leaseSeconds * 1000);
    engine.put("report_steps", reportSteps);
    engine.put("snapshot_steps", snapshotSteps != null ? snapshotSteps : c.pipeline().refresh());
    resolve(o, "check"); // fails on bad values before anything is written
    return o;
  }

  private static void putIfSet(ObjectNode o, String key, Number v) {
    if (v instanceof Double d) {
      o.put(key, d);
    } else if (v != null) {
      o.put(key, v.longValue());
    }
  }

  /** A config's plateau window; 0 (the moving return) in configs written before it existed. */
  private static long plateauWindow(JsonNode c) {
    long w = c.path("plateau_window").asLong(0);
    if (w < 0) {
      throw new IllegalArgumentException("--plateau-window " + w + " must be non-negative");
    }
    return w;
  }

  private static boolean walkable(String game) {
    try {
      ExactBestResponse.requireWalkable(Games.load(game), "evaluation");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * What the manager needs, read from a config: the spec members receive, the engine's settings,
   * the meta-solver, the levels each player fixes and the episode budget (0: none).
   */
  record Resolved(
      RunSpec spec, PipelineSettings pipeline, MetaSolver solver, int levels, long episodeBudget) {}

  /**
   * Reads a cluster run's config.json: the shape of {@code run}'s (settings grouped under {@code
   * "pipeline"}, the engine's under {@value PipelineConfigJson#CLUSTER}), or the flat keys a
   * manager wrote before ({@code levels}, {@code per}, {@code checkpoint_steps}, ...).
   */
  static Resolved resolve(JsonNode c, String runId) {
    if (c.has(PipelineConfig.KEY) && c instanceof ObjectNode o) {
      return resolveGrouped(o, runId);
    }
    return resolveFlat(c, runId);
  }

  private static Resolved resolveGrouped(ObjectNode o, String runId) {
    RunConfig c = PipelineConfigJson.read("config.json", o);
    c.validate();
    JsonNode engine = o.path(PipelineConfigJson.CLUSTER);
    if (engine.path("lease_ms").asLong() < 1000) {
      throw new IllegalArgumentException(
          "--lease-seconds " + engine.path("lease_ms").asLong() / 1000 + " must be at least 1");
    }
    int levels = Math.max(1, c.iterations());
    PipelineSettings p = c.pipeline().settings(levels).withLease(engine.path("lease_ms").asLong());
    RunSpec spec =
        new RunSpec(
            runId,
            c.game(),
            c.oracle(),
            c.oracleOptions() == null ? Map.of() : c.oracleOptions(),
            c.seed(),
            engine.path("report_steps").asLong(),
            engine.path("snapshot_steps").asLong(),
            c.episodes(),
            p.smoothing());
    return new Resolved(spec, p, solver(c.solver()), levels, c.pipeline().episodeBudget());
  }

  private static MetaSolver solver(String name) {
    // As `run` builds it: a solve that cannot be verified falls back, said on stderr and counted
    // in metrics.csv's solver_fallbacks column (FallbackSolver).
    return MetaSolvers.withFallback(
        MetaSolvers.create(name), notice -> System.err.println("psro4j: " + notice));
  }

  private static Resolved resolveFlat(JsonNode c, String runId) {
    Map<String, String> opts = new LinkedHashMap<>();
    c.path("oracle_options").properties().forEach(e -> opts.put(e.getKey(), e.getValue().asText()));
    if (c.path("lease_ms").asLong() < 1000) {
      throw new IllegalArgumentException(
          "--lease-seconds " + c.path("lease_ms").asLong() / 1000 + " must be at least 1");
    }
    PipelineSettings p =
        DEFAULTS
            .withPlateau(
                c.path("threshold").asDouble(),
                c.path("per").asLong(),
                c.path("start").asLong(),
                c.path("min").asLong())
            .withMax(c.path("max").asLong())
            .withRefresh(c.path("refresh").asLong())
            .withLevels(c.path("levels").asInt())
            .withLease(c.path("lease_ms").asLong())
            .withSmoothing(plateauWindow(c));
    RunSpec spec =
        new RunSpec(
            runId,
            c.path("game").asText(),
            c.path("oracle").asText(),
            opts,
            c.path("seed").asLong(),
            c.path("report_steps").asLong(),
            c.path("checkpoint_steps").asLong(),
            c.path("eval_episodes").asLong(),
            p.smoothing());
    return new Resolved(
        spec, p, solver(c.path("solver").asText()), Math.max(1, c.path("levels").asInt()), 0);
  }
}
