package org.psro4j.run;

import java.util.List;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.psro.Population;

/**
 * A run's state after a completed iteration, as {@code checkpoint/state.json} holds it: the
 * populations (policy files), the empirical game, and the stopping bookkeeping.
 *
 * @param iteration the last completed iteration
 * @param wallSeconds the run's wall-clock seconds so far
 * @param bestGap the best stopping gap so far
 * @param sinceImprovement iterations since the best gap improved
 * @param converged whether the last iteration added no policy
 * @param population the restored populations
 * @param metaGame the restored empirical game
 * @param policyFiles each player's policy file names, relative to the run directory
 */
public record Checkpoint(
    int iteration,
    double wallSeconds,
    double bestGap,
    int sinceImprovement,
    boolean converged,
    Population population,
    EmpiricalGame metaGame,
    List<List<String>> policyFiles) {}
