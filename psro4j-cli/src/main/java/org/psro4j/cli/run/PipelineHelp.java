package org.psro4j.cli.run;

/**
 * The help text of each Pipeline PSRO setting (McAleer et al. 2020), shared by {@code psro4j run
 * --algo pipeline} and {@code psro4j cluster manager} so that the two commands name and explain a
 * setting the same way.
 */
public final class PipelineHelp {

  /** {@code --plateau-threshold}. */
  public static final String PLATEAU_THRESHOLD =
      "Pipeline PSRO's THRESH: a level is fixed when its mean reward improved by less than this"
          + " since the previous check (default 0.01).";

  /** {@code --plateau-per}. */
  public static final String PLATEAU_PER =
      "Pipeline PSRO's PER: counts between plateau checks (default 11250).";

  /** {@code --plateau-start}. */
  public static final String PLATEAU_START =
      "Pipeline PSRO's START: counts after the lower levels are fixed before the first check"
          + " (default 33750).";

  /** {@code --plateau-min}. */
  public static final String PLATEAU_MIN =
      "Pipeline PSRO's MIN: counts a level trains at least (default 45000).";

  /** {@code --plateau-window}. */
  public static final String PLATEAU_WINDOW =
      "Pipeline PSRO: the plateau rule reads the mean reward over a level's latest this many"
          + " episodes (the reference's 10000); 0 reads the learner's moving return (default 0).";

  /** {@code --level-max}. */
  public static final String LEVEL_MAX =
      "Pipeline PSRO: counts after which a level is fixed regardless (default 0: no limit).";

  /** {@code --refresh}. */
  public static final String REFRESH =
      "Pipeline PSRO: counts between refreshes of a level's opponent meta-strategy and snapshots"
          + " of its policy (default 15000).";

  /** {@code --count}. */
  public static final String COUNT =
      "Pipeline PSRO's unit of the counts above: steps (environment steps) or episodes (as"
          + " the reference counts on Kuhn; default steps).";

  /** {@code --episode-budget}. */
  public static final String EPISODE_BUDGET =
      "Pipeline PSRO: stop once the levels trained this many episodes in all (default 0:"
          + " stop when every player fixed --iterations levels).";

  /** {@code --checkpoint-every}. */
  public static final String CHECKPOINT_EVERY =
      "Pipeline PSRO: write the run's checkpoint (state, meta-game, policy files) at most every"
          + " DURATION of wall time, e.g. 30, 30s, 5m; 0 writes it at every promotion. The"
          + " promotion that ends the run is always saved; metrics.csv and events.jsonl get every"
          + " promotion's line, and 'psro4j resume' after a kill cuts them back to the last"
          + " checkpoint and trains from there (default 30s).";

  private PipelineHelp() {}
}
