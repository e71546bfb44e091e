package org.psro4j.pipeline;

import java.util.ArrayDeque;

/**
 * The mean reward over a level's latest {@code size} episodes, the value the reference
 * implementation's plateau rule compares (McAleer et al. 2020, Pipeline PSRO: RLlib's {@code
 * policy_reward_mean} with {@code metrics_smoothing_episodes} 10,000 in its Leduc and Kuhn
 * configs). Each report adds the episodes played since the previous report at the mean return the
 * session reports for them (its latest collection's, which stands for the whole report when a
 * report spans several collections); the oldest reports leave once the rest still cover {@code
 * size} episodes. Not thread-safe: one per training level.
 */
public final class RewardWindow {

  private record Part(long episodes, double sum) {}

  private final long size;
  private final ArrayDeque<Part> parts = new ArrayDeque<>();
  private long episodes;
  private double sum;

  /** An empty window over {@code size} episodes ({@code size} at least 1). */
  public RewardWindow(long size) {
    if (size < 1) {
      throw new IllegalArgumentException("window " + size + " must be at least 1 episode");
    }
    this.size = size;
  }

  /** Adds {@code count} episodes of mean return {@code meanReturn}; nothing when count ≤ 0. */
  public void add(long count, double meanReturn) {
    if (count <= 0 || Double.isNaN(meanReturn)) {
      return;
    }
    Part p = new Part(count, count * meanReturn);
    parts.addLast(p);
    episodes += p.episodes();
    sum += p.sum();
    while (parts.size() > 1 && episodes - parts.peekFirst().episodes() >= size) {
      Part old = parts.removeFirst();
      episodes -= old.episodes();
      sum -= old.sum();
    }
  }

  /** The mean return over the window (NaN while empty). */
  public double mean() {
    return episodes == 0 ? Double.NaN : sum / episodes;
  }

  /** Episodes the window covers now. */
  public long episodes() {
    return episodes;
  }
}
