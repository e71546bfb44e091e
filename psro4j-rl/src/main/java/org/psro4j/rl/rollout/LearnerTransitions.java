package org.psro4j.rl.rollout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.psro4j.policy.Policy;

/**
 * What the discrete and continuous transition buffers share: growable observation, reward and done
 * rows, and the tally of the episodes they came from (count, learner's return sum, player moves).
 * Subclasses add their action columns.
 *
 * @param <T> the concrete buffer type, so buffers append only their own kind
 */
abstract class LearnerTransitions<T extends LearnerTransitions<T>> implements RolloutBatch {

  private final int observationSize;
  private float[] observations;
  private float[] rewards;
  private boolean[] done;
  private int size;
  private long environmentSteps;
  private int episodes;
  private double returnSum;
  private final List<EpisodeOutcome> outcomes = new ArrayList<>();

  LearnerTransitions(int observationSize, int capacity) {
    this.observationSize = observationSize;
    observations = new float[capacity * observationSize];
    rewards = new float[capacity];
    done = new boolean[capacity];
  }

  /** Grows the subclass's own per-row arrays to {@code capacity} rows. */
  abstract void growColumns(int capacity);

  /** Copies the subclass's own columns of {@code other}'s row {@code from} to row {@code to}. */
  abstract void copyColumns(T other, int from, int to);

  /**
   * Appends a row with observation {@code obs[obsOffset..]} (reward 0, not done), growing every
   * array when full, and returns its index; the caller fills its own columns at that index.
   */
  final int addRow(float[] obs, int obsOffset) {
    if (size == rewards.length) {
      int capacity = Math.max(8, size * 2);
      observations = Arrays.copyOf(observations, capacity * observationSize);
      rewards = Arrays.copyOf(rewards, capacity);
      done = Arrays.copyOf(done, capacity);
      growColumns(capacity);
    }
    System.arraycopy(obs, obsOffset, observations, size * observationSize, observationSize);
    return size++;
  }

  /** Empties the buffer (keeping its capacity) and its counts. */
  final void clear() {
    size = 0;
    episodes = 0;
    returnSum = 0;
    environmentSteps = 0;
    outcomes.clear();
  }

  final void setReward(int index, float reward, boolean last) {
    rewards[index] = reward;
    done[index] = last;
  }

  final void countEpisode(double learnerReturn, long steps, Policy[] profile) {
    outcomes.add(new EpisodeOutcome(profile, learnerReturn));
    episodes++;
    returnSum += learnerReturn;
    environmentSteps += steps;
  }

  /** Appends {@code other}'s transitions and counts after this buffer's. */
  final void append(T other) {
    LearnerTransitions<T> o = other;
    for (int i = 0; i < o.size; i++) {
      int j = addRow(o.observations, i * observationSize);
      copyColumns(other, i, j);
      setReward(j, o.rewards[i], o.done[i]);
    }
    episodes += o.episodes;
    outcomes.addAll(o.outcomes);
    returnSum += o.returnSum;
    environmentSteps += o.environmentSteps;
  }

  /** Number of learner transitions. */
  @Override
  public final int size() {
    return size;
  }

  /** Observation tensor length. */
  public final int observationSize() {
    return observationSize;
  }

  /** The observations, row by row (the array may be longer than {@code size() * obsSize}). */
  public final float[] observations() {
    return observations;
  }

  /** The rewards. */
  public final float[] rewards() {
    return rewards;
  }

  /** Whether each transition ends its episode. */
  public final boolean[] done() {
    return done;
  }

  /** Player moves made in all games, the learner's and the co-players' (chance excluded). */
  @Override
  public final long environmentSteps() {
    return environmentSteps;
  }

  /** Complete episodes played. */
  @Override
  public final int episodes() {
    return episodes;
  }

  /** The sum of the learner's returns over the episodes. */
  @Override
  public final double returnSum() {
    return returnSum;
  }

  @Override
  public final List<EpisodeOutcome> outcomes() {
    return List.copyOf(outcomes);
  }

  /** The learner's mean return per episode. */
  @Override
  public final double meanReturn() {
    return episodes == 0 ? 0.0 : returnSum / episodes;
  }
}
