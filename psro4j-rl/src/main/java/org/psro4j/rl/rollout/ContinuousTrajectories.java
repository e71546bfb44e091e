package org.psro4j.rl.rollout;

import java.util.Arrays;

/**
 * The learner's transitions in a game with continuous actions, from a batch of complete episodes,
 * episode by episode in a fixed order: transition {@code i}'s successor observation is row {@code i
 * + 1} unless {@code done[i]}. An action is a vector in {@code [0,1]^d}; reward {@code i} is the
 * change of the learner's return from its decision {@code i} to its next decision (or the end of
 * the episode), so multi-step games bootstrap through the successor.
 */
public final class ContinuousTrajectories {

  private final int observationSize;
  private final int actionSize;
  private float[] observations;
  private float[] actions;
  private float[] rewards;
  private boolean[] done;
  private int size;
  private long environmentSteps;
  private int episodes;
  private double returnSum;

  /** An empty buffer for tensors of {@code observationSize} and actions of {@code actionSize}. */
  public ContinuousTrajectories(int observationSize, int actionSize) {
    this(observationSize, actionSize, 64);
  }

  ContinuousTrajectories(int observationSize, int actionSize, int capacity) {
    this.observationSize = observationSize;
    this.actionSize = actionSize;
    observations = new float[capacity * observationSize];
    actions = new float[capacity * actionSize];
    rewards = new float[capacity];
    done = new boolean[capacity];
  }

  /** Appends a transition (reward 0, not done) and returns its index. */
  int add(float[] obs, int obsOffset, float[] action, int actionOffset) {
    if (size == rewards.length) {
      int capacity = Math.max(8, size * 2);
      observations = Arrays.copyOf(observations, capacity * observationSize);
      actions = Arrays.copyOf(actions, capacity * actionSize);
      rewards = Arrays.copyOf(rewards, capacity);
      done = Arrays.copyOf(done, capacity);
    }
    System.arraycopy(obs, obsOffset, observations, size * observationSize, observationSize);
    System.arraycopy(action, actionOffset, actions, size * actionSize, actionSize);
    return size++;
  }

  /** Empties the buffer (keeping its capacity) and its counts. */
  void clear() {
    size = 0;
    episodes = 0;
    returnSum = 0;
    environmentSteps = 0;
  }

  void setReward(int index, float reward, boolean last) {
    rewards[index] = reward;
    done[index] = last;
  }

  void countEpisode(double learnerReturn, long steps) {
    episodes++;
    returnSum += learnerReturn;
    environmentSteps += steps;
  }

  /** Appends {@code other}'s transitions and counts after this buffer's. */
  void append(ContinuousTrajectories other) {
    for (int i = 0; i < other.size; i++) {
      int j = add(other.observations, i * observationSize, other.actions, i * actionSize);
      setReward(j, other.rewards[i], other.done[i]);
    }
    episodes += other.episodes;
    returnSum += other.returnSum;
    environmentSteps += other.environmentSteps;
  }

  /** Number of learner transitions. */
  public int size() {
    return size;
  }

  /** Observation tensor length. */
  public int observationSize() {
    return observationSize;
  }

  /** Action-vector length. */
  public int actionSize() {
    return actionSize;
  }

  /** The observations, row by row (the array may be longer than {@code size() * obsSize}). */
  public float[] observations() {
    return observations;
  }

  /** The actions in {@code [0,1]^d}, row by row. */
  public float[] actions() {
    return actions;
  }

  /** The rewards. */
  public float[] rewards() {
    return rewards;
  }

  /** Whether each transition ends its episode. */
  public boolean[] done() {
    return done;
  }

  /** Player moves made in all games, the learner's and the co-players' (chance excluded). */
  public long environmentSteps() {
    return environmentSteps;
  }

  /** Complete episodes played. */
  public int episodes() {
    return episodes;
  }

  /** The sum of the learner's returns over the episodes. */
  public double returnSum() {
    return returnSum;
  }

  /** The learner's mean return per episode. */
  public double meanReturn() {
    return episodes == 0 ? 0.0 : returnSum / episodes;
  }
}
