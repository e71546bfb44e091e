package org.psro4j.cli.cluster;

import picocli.CommandLine.Option;

/**
 * The names {@code psro4j cluster manager}'s Pipeline flags had before they took those of {@code
 * psro4j run} ({@code --per} for {@code --plateau-per}, ...) or an honest one ({@code
 * --checkpoint-steps}, which is not run's, for {@code --snapshot-steps}; {@code --workers}, which
 * is not run's either, for {@code --trainers}): hidden, still read so that existing scripts work;
 * one given with its new name is refused naming both.
 */
final class OldNames {

  @Option(names = "--levels", hidden = true)
  Integer levels;

  @Option(names = "--threshold", hidden = true)
  Double threshold;

  @Option(names = "--per", hidden = true)
  Long per;

  @Option(names = "--start", hidden = true)
  Long start;

  @Option(names = "--min", hidden = true)
  Long min;

  @Option(names = "--max", hidden = true)
  Long max;

  @Option(names = "--eval-episodes", hidden = true)
  Long evalEpisodes;

  /** Not run's --checkpoint-steps (a PSRO best response's saves): the snapshot interval. */
  @Option(names = "--checkpoint-steps", hidden = true)
  Long checkpointSteps;

  /**
   * Not run's --workers (threads each training one level, or members of an embedded cluster): the
   * training threads of the manager's own member, now --trainers as a worker's.
   */
  @Option(names = "--workers", hidden = true)
  Integer workers;

  /** The manager's {@code --trainers}, given by either name (default 0). */
  int trainers(Integer trainers) {
    Integer t = pick("--trainers", trainers, "--workers", workers);
    return t == null ? 0 : t;
  }

  /** Moves the values given by their old names into {@code o}. */
  void into(ClusterRunOptions o) {
    o.levels = pick("--iterations", o.levels, "--levels", levels);
    o.threshold = pick("--plateau-threshold", o.threshold, "--threshold", threshold);
    o.per = pick("--plateau-per", o.per, "--per", per);
    o.start = pick("--plateau-start", o.start, "--start", start);
    o.min = pick("--plateau-min", o.min, "--min", min);
    o.max = pick("--level-max", o.max, "--max", max);
    o.evalEpisodes = pick("--episodes", o.evalEpisodes, "--eval-episodes", evalEpisodes);
    o.snapshotSteps =
        pick("--snapshot-steps", o.snapshotSteps, "--checkpoint-steps", checkpointSteps);
  }

  private static <T> T pick(String name, T value, String oldName, T oldValue) {
    if (value != null && oldValue != null) {
      throw new IllegalArgumentException(
          oldName + " is the old name of " + name + ": give one of them, not both");
    }
    return value != null ? value : oldValue;
  }
}
