package org.psro4j.rl.rollout;

import java.util.Arrays;

/**
 * The learner's transitions from a batch of complete episodes, episode by episode in a fixed order:
 * transition {@code i}'s successor is {@code i + 1} unless {@code done[i]}. Reward {@code i} is the
 * change of the learner's return from its decision {@code i} to its next decision (or the end of
 * the episode).
 */
public final class Trajectories {

  private final int observationSize;
  private final int numActions;
  private float[] observations;
  private float[] masks;
  private int[] actions;
  private float[] logProbabilities;
  private float[] rewards;
  private boolean[] done;
  private int size;
  private long environmentSteps;
  private int episodes;
  private double returnSum;

  /** An empty buffer for tensors of {@code observationSize} and {@code numActions} logits. */
  public Trajectories(int observationSize, int numActions) {
    this(observationSize, numActions, 256);
  }

  Trajectories(int observationSize, int numActions, int capacity) {
    this.observationSize = observationSize;
    this.numActions = numActions;
    observations = new float[capacity * observationSize];
    masks = new float[capacity * numActions];
    actions = new int[capacity];
    logProbabilities = new float[capacity];
    rewards = new float[capacity];
    done = new boolean[capacity];
  }

  /** Appends a transition (reward 0, not done) and returns its index. */
  int add(float[] obs, int obsOffset, float[] mask, int maskOffset, int action, float logProb) {
    if (size == actions.length) {
      int capacity = Math.max(8, size * 2);
      observations = Arrays.copyOf(observations, capacity * observationSize);
      masks = Arrays.copyOf(masks, capacity * numActions);
      actions = Arrays.copyOf(actions, capacity);
      logProbabilities = Arrays.copyOf(logProbabilities, capacity);
      rewards = Arrays.copyOf(rewards, capacity);
      done = Arrays.copyOf(done, capacity);
    }
    System.arraycopy(obs, obsOffset, observations, size * observationSize, observationSize);
    System.arraycopy(mask, maskOffset, masks, size * numActions, numActions);
    actions[size] = action;
    logProbabilities[size] = logProb;
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
  void append(Trajectories other) {
    for (int i = 0; i < other.size; i++) {
      int j =
          add(
              other.observations,
              i * observationSize,
              other.masks,
              i * numActions,
              other.actions[i],
              other.logProbabilities[i]);
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

  /** Number of action logits. */
  public int numActions() {
    return numActions;
  }

  /** The observations, row by row (the array may be longer than {@code size() * obsSize}). */
  public float[] observations() {
    return observations;
  }

  /** The legal-action masks, row by row. */
  public float[] masks() {
    return masks;
  }

  /** The chosen actions. */
  public int[] actions() {
    return actions;
  }

  /** The behaviour policy's log-probabilities of the chosen actions. */
  public float[] logProbabilities() {
    return logProbabilities;
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

  /** The learner's mean return per episode. */
  public double meanReturn() {
    return episodes == 0 ? 0.0 : returnSum / episodes;
  }
}
