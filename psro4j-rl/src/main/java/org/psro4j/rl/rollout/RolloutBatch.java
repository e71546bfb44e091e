package org.psro4j.rl.rollout;

/** What every collection of learner transitions tallies, whatever its action kind. */
public interface RolloutBatch {

  /** Number of learner transitions. */
  int size();

  /** Player moves made in all games, the learner's and the co-players' (chance excluded). */
  long environmentSteps();

  /** Complete episodes played. */
  int episodes();

  /** The sum of the learner's returns over the episodes. */
  double returnSum();

  /** The learner's mean return per episode (0 without episodes). */
  double meanReturn();

  /** The episodes played, each with its co-players and the learner's return, in rollout order. */
  java.util.List<EpisodeOutcome> outcomes();
}
