package org.psro4j.cluster;

import java.util.Map;

/**
 * What every member needs to work on a run, sent in {@link WorkerProtocol.Welcome}: the game, the
 * learning oracle by name with its options, the root seed (split per level), how often a worker
 * reports and checkpoints, and how many episodes a sampled evaluation plays.
 *
 * @param runId the run's id (its directory name)
 * @param game the game's canonical string
 * @param oracle the learning oracle's name (e.g. {@code dqn}, {@code ppo})
 * @param oracleOptions the oracle's options
 * @param seed the run's root seed
 * @param reportSteps steps trained between two progress reports
 * @param checkpointSteps steps between two learner checkpoints sent to the manager
 * @param evalEpisodes episodes of a sampled evaluation; 0 evaluates exactly (walkable games)
 * @param smoothing the plateau rule's reward window in episodes ({@link
 *     org.psro4j.pipeline.PipelineSettings#smoothing()}; 0: the session's moving return), which
 *     each worker applies to the reward it reports, as the thread engine's workers do
 */
public record RunSpec(
    String runId,
    String game,
    String oracle,
    Map<String, String> oracleOptions,
    long seed,
    long reportSteps,
    long checkpointSteps,
    long evalEpisodes,
    long smoothing)
    implements ClusterMessage {

  /** Checks the values. */
  public RunSpec {
    oracleOptions = Map.copyOf(oracleOptions);
    if (reportSteps < 1
        || checkpointSteps < 1
        || evalEpisodes < 0
        || evalEpisodes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "report steps "
              + reportSteps
              + ", checkpoint steps "
              + checkpointSteps
              + " and evaluation episodes "
              + evalEpisodes
              + " must be at least 1 (episodes: 0 for exact, up to 2^31-1)");
    }
    if (smoothing < 0) {
      throw new IllegalArgumentException("plateau window " + smoothing + " must be non-negative");
    }
  }

  /** A spec whose plateau rule reads the moving return (no reward window). */
  public RunSpec(
      String runId,
      String game,
      String oracle,
      Map<String, String> oracleOptions,
      long seed,
      long reportSteps,
      long checkpointSteps,
      long evalEpisodes) {
    this(runId, game, oracle, oracleOptions, seed, reportSteps, checkpointSteps, evalEpisodes, 0);
  }

  /** This spec with the plateau rule's reward window of {@code smoothing} episodes. */
  public RunSpec withSmoothing(long smoothing) {
    return new RunSpec(
        runId,
        game,
        oracle,
        oracleOptions,
        seed,
        reportSteps,
        checkpointSteps,
        evalEpisodes,
        smoothing);
  }
}
