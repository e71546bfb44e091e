package org.psro4j.state;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;

/**
 * Everything a driver needs to continue a run, as one immutable value: the loop position, the
 * population, the empirical game (an immutable snapshot; strategy names live there and nowhere
 * else), the current meta-strategy (a JPSRO joint included), the stopping bookkeeping and the
 * learners' saved states (e.g. a best response in progress, keyed by its target's label).
 *
 * @param iteration the last completed iteration (−1 before iteration 0)
 * @param wallSeconds the run's wall-clock seconds so far
 * @param population every player's population
 * @param metaGame the empirical game over {@code population} (a snapshot)
 * @param metaStrategy the meta-strategy solved at {@code iteration}; null before iteration 0, or
 *     when the state comes from a version 1 run directory that did not store it (the driver then
 *     re-solves the meta-game, which gives the same strategy: solvers are deterministic)
 * @param stopping the stopping rules' memory
 * @param learners the learners' saved states by name (empty when no learner is mid-way)
 */
public record DriverState(
    int iteration,
    double wallSeconds,
    PopulationView population,
    EmpiricalGame metaGame,
    MetaStrategy metaStrategy,
    StoppingState stopping,
    Map<String, LearnerState> learners) {

  public DriverState {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(metaGame, "metaGame");
    Objects.requireNonNull(stopping, "stopping");
    metaGame = metaGame.snapshot();
    learners = Map.copyOf(learners);
    if (!java.util.Arrays.equals(population.sizes(), metaGame.sizes())) {
      throw new IllegalArgumentException(
          "population sizes "
              + java.util.Arrays.toString(population.sizes())
              + " differ from the meta-game's "
              + java.util.Arrays.toString(metaGame.sizes()));
    }
  }

  /** Player {@code player}'s strategy names (the meta-game's). */
  public List<String> names(int player) {
    return metaGame.names(player);
  }

  /** This state with the learners' states replaced. */
  public DriverState withLearners(Map<String, LearnerState> states) {
    return new DriverState(
        iteration, wallSeconds, population, metaGame, metaStrategy, stopping, states);
  }
}
