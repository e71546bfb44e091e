package org.psro4j.cli.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.psro4j.cli.run.PipelineHelp;
import org.psro4j.cluster.RunSpec;
import org.psro4j.game.Games;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.pipeline.PipelineSettings;
import org.psro4j.psro.ExactBestResponse;
import org.psro4j.solvers.MetaSolvers;
import picocli.CommandLine.Option;

/**
 * The settings of a new cluster run, as flags; written to the run's {@code config.json}, from which
 * a restarted manager reads them back (so {@code --run DIR} alone resumes).
 */
final class ClusterRunOptions {

  private static final ObjectMapper JSON = new ObjectMapper();
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
      defaultValue = "0",
      description = "Root seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = {"--levels", "--iterations"},
      defaultValue = "3",
      description = "Levels each player fixes (default ${DEFAULT-VALUE}).")
  int levels = 3;

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
      names = "--checkpoint-steps",
      description = "Steps between policy snapshots with learner checkpoints (default: --refresh).")
  Long checkpointSteps;

  @Option(
      names = "--episodes",
      description =
          "Episodes per sampled entry; 0 exact (default: 0 when the game can be walked, else 20000).")
  Long evalEpisodes;

  /** These flags as a new run's config.json. */
  ObjectNode toConfig() {
    if (game == null) {
      throw new IllegalArgumentException("--game is required for a new run");
    }
    String canonical = Games.load(game).toString();
    ObjectNode o = JSON.createObjectNode();
    o.put("game", canonical);
    o.put("algo", "pipeline");
    o.put("engine", "cluster");
    o.put("oracle", oracle);
    o.set("oracle_options", JSON.valueToTree(oracleOptions));
    o.put("solver", solver);
    o.put("seed", seed);
    o.put("levels", levels);
    o.put("threshold", threshold != null ? threshold : DEFAULTS.threshold());
    o.put("per", per != null ? per : DEFAULTS.per());
    o.put("start", start != null ? start : DEFAULTS.start());
    o.put("min", min != null ? min : DEFAULTS.min());
    o.put("max", max != null ? max : DEFAULTS.max());
    o.put("plateau_window", plateauWindow != null ? plateauWindow : DEFAULTS.smoothing());
    long r = refresh != null ? refresh : DEFAULTS.refresh();
    o.put("refresh", r);
    o.put("lease_ms", leaseSeconds * 1000);
    o.put("report_steps", reportSteps);
    o.put("checkpoint_steps", checkpointSteps != null ? checkpointSteps : r);
    long eval = evalEpisodes != null ? evalEpisodes : walkable(canonical) ? 0 : 20_000;
    o.put("eval_episodes", eval);
    resolve(o, "check"); // fails on bad values before anything is written
    return o;
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

  /** What the manager needs, read from a config. */
  record Resolved(RunSpec spec, PipelineSettings pipeline, MetaSolver solver) {}

  static Resolved resolve(JsonNode c, String runId) {
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
    // As `run` builds it: a solve that cannot be verified falls back, said on stderr and counted
    // in metrics.csv's solver_fallbacks column (FallbackSolver).
    MetaSolver solver =
        MetaSolvers.withFallback(
            MetaSolvers.create(c.path("solver").asText()),
            notice -> System.err.println("psro4j: " + notice));
    return new Resolved(spec, p, solver);
  }
}
