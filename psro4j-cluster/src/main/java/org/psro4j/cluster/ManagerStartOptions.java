package org.psro4j.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.psro4j.game.Game;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.pipeline.PipelineSettings;

/**
 * How {@link ClusterRun#start} starts (or resumes) the manager's member of a Pipeline PSRO run
 * (McAleer et al., NeurIPS 2020): what the run is, from {@link #of}, and how it is served, from
 * defaults that the {@code with...} methods change (no {@code --force}, 127.0.0.1 on a free port,
 * plain TCP, no episode budget).
 *
 * @param runDir the run directory
 * @param game the game
 * @param config the run's settings as written to {@code config.json}
 * @param spec what every member needs to work on the run
 * @param pipeline the manager's settings (levels, plateau rule, leases)
 * @param solver the meta-solver of the levels' mixtures and of the fixed table
 * @param force whether a run already in {@code runDir} is replaced rather than resumed
 * @param bind the address the manager's member binds and advertises
 * @param port its port, 0 for a free one
 * @param tls whether members talk mutual TLS (Artery {@code tls-tcp}) rather than plain TCP
 * @param episodeBudget the run ends once its levels trained this many episodes in all (0: once
 *     every level is fixed), as the thread engine's {@code --episode-budget}
 */
public record ManagerStartOptions(
    Path runDir,
    Game game,
    ObjectNode config,
    RunSpec spec,
    PipelineSettings pipeline,
    MetaSolver solver,
    boolean force,
    String bind,
    int port,
    boolean tls,
    long episodeBudget) {

  /** Checks the values. */
  public ManagerStartOptions {
    Objects.requireNonNull(runDir, "runDir");
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(solver, "solver");
    if (episodeBudget < 0) {
      throw new IllegalArgumentException(
          "episode budget " + episodeBudget + " must be non-negative");
    }
    managerSettings(bind, port); // checks the address and the port
  }

  /** A run on 127.0.0.1 and a free port, plain TCP, resumed if its directory holds one. */
  public static ManagerStartOptions of(
      Path runDir,
      Game game,
      ObjectNode config,
      RunSpec spec,
      PipelineSettings pipeline,
      MetaSolver solver) {
    return new ManagerStartOptions(
        runDir, game, config, spec, pipeline, solver, false, "127.0.0.1", 0, false, 0);
  }

  /** These options replacing ({@code true}) or resuming a run already in the directory. */
  public ManagerStartOptions withForce(boolean force) {
    return new ManagerStartOptions(
        runDir, game, config, spec, pipeline, solver, force, bind, port, tls, episodeBudget);
  }

  /** These options with the manager's member on {@code bind:port} (port 0: a free one). */
  public ManagerStartOptions withAddress(String bind, int port) {
    return new ManagerStartOptions(
        runDir, game, config, spec, pipeline, solver, force, bind, port, tls, episodeBudget);
  }

  /** These options with members talking mutual TLS ({@code true}) or plain TCP. */
  public ManagerStartOptions withTls(boolean tls) {
    return new ManagerStartOptions(
        runDir, game, config, spec, pipeline, solver, force, bind, port, tls, episodeBudget);
  }

  /** These options ending the run after {@code episodeBudget} episodes in all (0: no budget). */
  public ManagerStartOptions withEpisodeBudget(long episodeBudget) {
    return new ManagerStartOptions(
        runDir, game, config, spec, pipeline, solver, force, bind, port, tls, episodeBudget);
  }

  /** The manager member's cluster settings (plain TCP; the run's credentials are added later). */
  ClusterSettings managerSettings() {
    return managerSettings(bind, port);
  }

  private static ClusterSettings managerSettings(String bind, int port) {
    return new ClusterSettings(bind, port, List.of(), List.of(ClusterSettings.MANAGER_ROLE));
  }
}
