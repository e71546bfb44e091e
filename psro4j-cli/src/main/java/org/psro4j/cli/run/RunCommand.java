package org.psro4j.cli.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code psro4j run}: a PSRO or JPSRO run into a run directory, with progress and a report. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Runs PSRO or JPSRO and writes a run directory with metrics, plots and report.html.",
    footer = {
      "",
      "Examples:",
      "  psro4j run --game kuhn_poker --algo psro --solver nash --oracle exact --iterations 20 --out runs/kuhn",
      "  psro4j run --game leduc_poker --iterations 100 --out runs/leduc",
      "  psro4j run --game \"kuhn_poker(players=3)\" --algo jpsro --solver mgcce --out runs/kuhn3",
      "  psro4j run --game continuous_blotto --oracle random_search --episodes 50 --out runs/blotto",
      "  psro4j run --game kuhn_poker --algo pipeline --workers 2 --oracle ppo --solver fp --count episodes --out runs/kuhn-pipeline",
      "  psro4j run --config experiment.json --seed 7     # flags override the file"
    })
public final class RunCommand implements Callable<Integer> {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Settings file (JSON); flags override it.")
  Path config;

  @Option(
      names = "--game",
      description =
          "Game string, e.g. leduc_poker or \"kuhn_poker(players=3)\" (default kuhn_poker).")
  String game;

  @Option(
      names = "--algo",
      description =
          "psro, jpsro, pipeline, neupl-jpsro (JPSRO with one conditional network for the whole"
              + " population), neupl (symmetric zero-sum NeuPL, PSRO-Nash meta-graph) or team-psro"
              + " (PSRO on the game of teams of a team game such as capture_the_flag: one PPO"
              + " policy shared by a team's seats; default psro).")
  String algo;

  @Option(
      names = "--solver",
      description =
          "Meta-solver (default nash for psro and neupl, mgcce for jpsro and neupl-jpsro).")
  String solver;

  @Option(
      names = "--oracle",
      description =
          "Best-response oracle (default exact): exact, ppo, dqn, mpo; for continuous games sac,"
              + " crossq, or the random_search baseline.")
  String oracle;

  @Option(names = "--iterations", description = "Rounds of best responses (default 20).")
  Integer iterations;

  @Option(
      names = "--epsilon",
      description = "Stop once the gap is at most this (default 0: never).")
  Double epsilon;

  @Option(
      names = "--patience",
      description = "Stop after this many iterations without a better gap (default 0: never).")
  Integer patience;

  @Option(names = "--seed", description = "Root seed (default 42).")
  Long seed;

  @Option(names = "--threads", description = "Worker threads (default: cores).")
  Integer threads;

  @Option(
      names = "--episodes",
      description = "Episodes per meta-game entry; 0 = exact (default 0).")
  Integer episodes;

  @Option(
      names = "--init",
      description =
          "Initial population: uniform, first, or heuristics (the built-in heuristics or bots of"
              + " ssa_coverage, capture_the_flag and barrage_stratego; default uniform), or"
              + " imitation (barrage_stratego with --oracle ppo --policy-net conv: the bots plus the"
              + " heuristic cloned into the conv network, where the first best response starts)."
              + " In"
              + " continuous games uniform samples [0,1]^d and first plays all 0.5 (the even"
              + " split).")
  String init;

  @Option(
      names = "--target",
      description = "PSRO training target: probabilistic, topk, uniform, rectified.")
  String target;

  @Option(names = "--top-k", description = "k of the topk target (default 3).")
  Integer topK;

  @Option(
      names = "--exact-gap",
      description = "auto, true or false: exact full-game gap each iteration.")
  String exactGap;

  @Option(
      names = "--eval-fraction",
      description =
          "Share of each iteration's new meta-game entries evaluated; the rest are imputed (default 1).")
  Double evalFraction;

  @Option(
      names = "--payoff-estimator",
      paramLabel = "MODEL",
      description =
          "What imputes the entries --eval-fraction leaves out: main_effects (additive, default) or"
              + " psi (a learned payoff estimator over per-policy embeddings, NeuPL-JPSRO's ψ; its"
              + " held-out MSE is the payoff_model_mse column of metrics.csv). With --algo"
              + " neupl-jpsro, ψ reads the population network's own embeddings ν.")
  String payoffEstimator;

  @Option(
      names = "--checkpoint-steps",
      paramLabel = "N",
      description =
          "Save an RL best response's training session every N steps, so a run killed inside a"
              + " long best response resumes it there (default 0: off; the exact oracle ignores"
              + " it).")
  Long checkpointSteps;

  @Option(
      names = "--br-steps",
      description = "Environment steps per RL best response (oracle option br_steps).")
  Long brSteps;

  @Option(
      names = "--device",
      description =
          "cpu or gpu: where RL oracles keep their networks; gpu falls back to the CPU when no GPU"
              + " is present (oracle option device).")
  String device;

  @Option(
      names = "--policy-net",
      description =
          "mlp, lstm, gru or conv: the network of discrete RL best responses; lstm and gru give ppo"
              + " policies with memory over the observation tensor, conv a ppo convolutional"
              + " network over the board of a board game (oracle option policy_net).")
  String policyNet;

  @Option(
      names = "--workers",
      description =
          "Pipeline PSRO: local workers, each a thread training one level (default 2; 1 runs"
              + " inline and replays exactly).")
  Integer workers;

  @Option(
      names = "--cluster",
      paramLabel = "MODE",
      description =
          "Pipeline PSRO: run the workers as members of a Pekko cluster inside this JVM"
              + " (embedded), over TCP on 127.0.0.1; embedded-tls: the same over mutual TLS with"
              + " the run's own certificate (as a real cluster off loopback).")
  String cluster;

  @Option(names = "--plateau-threshold", description = PipelineHelp.PLATEAU_THRESHOLD)
  Double plateauThreshold;

  @Option(names = "--plateau-per", paramLabel = "N", description = PipelineHelp.PLATEAU_PER)
  Long plateauPer;

  @Option(names = "--plateau-start", paramLabel = "N", description = PipelineHelp.PLATEAU_START)
  Long plateauStart;

  @Option(names = "--plateau-min", paramLabel = "N", description = PipelineHelp.PLATEAU_MIN)
  Long plateauMin;

  @Option(
      names = "--plateau-window",
      paramLabel = "EPISODES",
      description = PipelineHelp.PLATEAU_WINDOW)
  Long plateauWindow;

  @Option(names = "--level-max", paramLabel = "N", description = PipelineHelp.LEVEL_MAX)
  Long levelMax;

  @Option(names = "--refresh", paramLabel = "N", description = PipelineHelp.REFRESH)
  Long refresh;

  @Option(
      names = "--count",
      description =
          "Pipeline PSRO's unit of the counts above: steps (environment steps) or episodes (as"
              + " the reference counts on Kuhn; default steps).")
  String count;

  @Option(
      names = "--episode-budget",
      paramLabel = "N",
      description =
          "Pipeline PSRO: stop once the levels trained this many episodes in all (default 0:"
              + " stop when every player fixed --iterations levels).")
  Long episodeBudget;

  @Option(
      names = "--checkpoint-every",
      paramLabel = "DURATION",
      description = PipelineHelp.CHECKPOINT_EVERY)
  String checkpointEvery;

  @Option(
      names = "--oracle-option",
      paramLabel = "KEY=VALUE",
      description = "An oracle option; repeatable.")
  java.util.Map<String, String> oracleOptions = new java.util.TreeMap<>();

  @Option(
      names = "--neupl-option",
      paramLabel = "KEY=VALUE",
      description =
          "A NeuPL-JPSRO option (embedding, hidden, conditioning, distill_weight, reg_weight, lr,"
              + " distill_steps, batch, episodes, br_head, top_k, capacity); repeatable. With"
              + " --oracle ppo, best responses are the shared-encoder head unless br_head=false."
              + " core=gru|lstm (default none) and core_size (default 64) put a recurrent core"
              + " between the observation and the embedding-conditioned layers."
              + " seat_input (default true; --algo neupl) appends a one-hot of the acting seat to"
              + " the network's input.")
  java.util.Map<String, String> neuplOptions = new java.util.TreeMap<>();

  @Option(
      names = "--imitation-option",
      paramLabel = "KEY=VALUE",
      description =
          "An option of --init imitation's clone of the heuristic bot; repeatable: games (the"
              + " heuristic's recorded games, half against the random bot and half against itself;"
              + " default 400), epochs (passes over the recorded decisions; default 8), lr (Adam's"
              + " step size; default 0.001), minibatch (decisions per step; default 128).")
  java.util.Map<String, String> imitationOptions = new java.util.TreeMap<>();

  @Option(
      names = "--baselines",
      description =
          "Fixed opponents each iteration's meta-strategy is measured against (vs_B_pP columns of"
              + " metrics.csv: mean payoff and standard error, exact where the game can be walked):"
              + " auto (uniform; plus initial unless the run starts from uniform or the"
              + " heuristics; plus heuristics where the game has them), none, or a list of"
              + " uniform, initial, heuristics (default auto).")
  String baselines;

  @Option(
      names = "--reference",
      description =
          "none or cfr+: at the end, run CFR+ for the run's wall time and record its exact"
              + " NashConv curve (reference.json), shown in the report and by serve (default"
              + " none; two-player games whose tree can be walked).")
  String reference;

  @Mixin RunOutput output;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private java.util.Map<String, String> options() {
    java.util.Map<String, String> out = new java.util.TreeMap<>(oracleOptions);
    if (brSteps != null) {
      out.put("br_steps", Long.toString(brSteps));
    }
    if (device != null) {
      if (!device.equals("cpu") && !device.equals("gpu")) {
        throw new IllegalArgumentException("--device " + device + ": must be cpu or gpu");
      }
      out.put("device", device);
    }
    if (policyNet != null) {
      if (!java.util.List.of("mlp", "lstm", "gru", "conv").contains(policyNet)) {
        throw new IllegalArgumentException(
            "--policy-net " + policyNet + ": must be mlp, lstm, gru or conv");
      }
      if (!policyNet.equals("mlp")) {
        out.put("policy_net", policyNet);
      }
    }
    return out;
  }

  /** Pipeline PSRO's settings given on the command line (null: not given). */
  private PipelineConfig pipelineFlags() {
    return new PipelineConfig(
        workers,
        plateauThreshold,
        plateauPer,
        plateauStart,
        plateauMin,
        plateauWindow,
        levelMax,
        refresh,
        count,
        episodeBudget,
        PipelineConfig.seconds("--checkpoint-every", checkpointEvery));
  }

  /** Pipeline PSRO's flags given with another algorithm are a mistake: name the first one. */
  private void rejectPipelineFlags(String algo) {
    java.util.Map<String, Object> flags = new java.util.LinkedHashMap<>();
    flags.put("--workers", workers);
    flags.put("--plateau-threshold", plateauThreshold);
    flags.put("--plateau-per", plateauPer);
    flags.put("--plateau-start", plateauStart);
    flags.put("--plateau-min", plateauMin);
    flags.put("--plateau-window", plateauWindow);
    flags.put("--level-max", levelMax);
    flags.put("--refresh", refresh);
    flags.put("--count", count);
    flags.put("--episode-budget", episodeBudget);
    flags.put("--checkpoint-every", checkpointEvery);
    for (var e : flags.entrySet()) {
      if (e.getValue() != null) {
        throw new IllegalArgumentException(
            e.getKey() + " applies to --algo pipeline only, not --algo " + algo);
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    RunConfig resolved = RunConfig.defaults();
    if (config != null) {
      resolved = resolved.overriddenBy(ConfigFile.read(config));
    }
    resolved =
        resolved
            .overriddenBy(
                new RunConfig(
                    game,
                    algo,
                    solver,
                    oracle,
                    iterations,
                    epsilon,
                    patience,
                    seed,
                    threads,
                    episodes,
                    init,
                    target,
                    topK,
                    exactGap,
                    options(),
                    evalFraction,
                    checkpointSteps,
                    pipelineFlags(),
                    payoffEstimator,
                    neuplOptions,
                    baselines,
                    reference,
                    imitationOptions))
            .withDefaultSolver();
    resolved.validate();
    if (!"pipeline".equals(resolved.algo())) {
      rejectPipelineFlags(resolved.algo());
    }
    if (output.out != null) {
      org.psro4j.cli.UserPaths.outputDirectory("--out", output.out);
    }
    if (cluster != null) {
      if (!"embedded".equals(cluster) && !"embedded-tls".equals(cluster)) {
        throw new IllegalArgumentException(
            "--cluster "
                + cluster
                + " is not known (embedded, embedded-tls; for a real cluster use"
                + " 'psro4j cluster manager' and 'psro4j cluster worker')");
      }
      if (!"pipeline".equals(resolved.algo())) {
        throw new IllegalArgumentException(
            "--cluster applies to --algo pipeline only, not --algo " + resolved.algo());
      }
      if (checkpointEvery != null) {
        throw new IllegalArgumentException(
            "--checkpoint-every applies to a local --algo pipeline run, not --cluster (the"
                + " cluster manager checkpoints at every promotion)");
      }
      try {
        return ClusterEmbeddedSession.run(
            resolved, output, spec.commandLine().getOut(), "embedded-tls".equals(cluster));
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    if ("pipeline".equals(resolved.algo())) {
      return PipelineSession.start(resolved, output, spec.commandLine().getOut()).runToEnd();
    }
    return RunSession.start(resolved, output, spec.commandLine().getOut()).runToEnd();
  }
}
