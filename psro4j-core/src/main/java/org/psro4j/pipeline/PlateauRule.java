package org.psro4j.pipeline;

/**
 * The reference implementation's stopping rule for a level (McAleer et al. 2020, Pipeline PSRO):
 * once every lower level is fixed, the mean reward is checked first {@code start} counts later and
 * then every {@code per} counts; a check that finds the reward improved by less than {@code
 * threshold} since the previous check, after at least {@code min} counts in all, fixes the level. A
 * level also stops at {@code max} counts when that is positive. Pure: the memory is the immutable
 * {@link Memory} handed in and returned.
 */
public final class PlateauRule {

  private final PipelineSettings settings;

  /** The rule with {@code settings}' threshold and counts. */
  public PlateauRule(PipelineSettings settings) {
    this.settings = settings;
  }

  /**
   * What the rule remembers for one level.
   *
   * @param nextCheck the count of the next check (−1 until the lower levels are fixed)
   * @param previousReward the reward at the previous check (NaN before the first)
   */
  public record Memory(long nextCheck, double previousReward) {

    /** A level whose lower levels are not yet all fixed. */
    public static Memory waiting() {
      return new Memory(-1, Double.NaN);
    }

    /** Whether the lower levels were fixed and checks are scheduled. */
    public boolean armed() {
      return nextCheck >= 0;
    }
  }

  /**
   * One decision.
   *
   * @param memory the memory after this report
   * @param fix whether the level should be fixed now
   * @param reason why (empty when not fixing)
   */
  public record Decision(Memory memory, boolean fix, String reason) {}

  /**
   * Decides on one progress report: {@code count} counts trained so far, {@code reward} the latest
   * mean reward, {@code lowerFixed} whether every lower level is fixed.
   */
  public Decision decide(Memory memory, long count, double reward, boolean lowerFixed) {
    if (!lowerFixed) {
      return new Decision(memory, false, "");
    }
    Memory m = memory.armed() ? memory : new Memory(count + settings.start(), Double.NaN);
    if (count >= m.nextCheck()) {
      long next = Math.max(m.nextCheck() + settings.per(), count + 1);
      boolean plateau =
          !Double.isNaN(m.previousReward())
              && reward < m.previousReward() + settings.threshold()
              && count >= settings.min();
      m = new Memory(next, reward);
      if (plateau) {
        return new Decision(m, true, "plateau at mean reward " + reward);
      }
    }
    if (settings.max() > 0 && count >= settings.max()) {
      return new Decision(m, true, "reached the maximum of " + settings.max());
    }
    return new Decision(m, false, "");
  }
}
