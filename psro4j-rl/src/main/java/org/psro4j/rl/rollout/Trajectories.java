package org.psro4j.rl.rollout;

import java.util.Arrays;

/**
 * The learner's transitions from a batch of complete episodes, episode by episode in a fixed order:
 * transition {@code i}'s successor is {@code i + 1} unless {@code done[i]}. Reward {@code i} is the
 * change of the learner's return from its decision {@code i} to its next decision (or the end of
 * the episode).
 */
public final class Trajectories extends LearnerTransitions<Trajectories> {

  private final int numActions;
  private float[] masks;
  private int[] actions;
  private float[] logProbabilities;

  /** An empty buffer for tensors of {@code observationSize} and {@code numActions} logits. */
  public Trajectories(int observationSize, int numActions) {
    this(observationSize, numActions, 256);
  }

  Trajectories(int observationSize, int numActions, int capacity) {
    super(observationSize, capacity);
    this.numActions = numActions;
    masks = new float[capacity * numActions];
    actions = new int[capacity];
    logProbabilities = new float[capacity];
  }

  /** Appends a transition (reward 0, not done) and returns its index. */
  int add(float[] obs, int obsOffset, float[] mask, int maskOffset, int action, float logProb) {
    int row = addRow(obs, obsOffset);
    System.arraycopy(mask, maskOffset, masks, row * numActions, numActions);
    actions[row] = action;
    logProbabilities[row] = logProb;
    return row;
  }

  @Override
  void growColumns(int capacity) {
    masks = Arrays.copyOf(masks, capacity * numActions);
    actions = Arrays.copyOf(actions, capacity);
    logProbabilities = Arrays.copyOf(logProbabilities, capacity);
  }

  @Override
  void copyColumns(Trajectories other, int from, int to) {
    System.arraycopy(other.masks, from * numActions, masks, to * numActions, numActions);
    actions[to] = other.actions[from];
    logProbabilities[to] = other.logProbabilities[from];
  }

  /** Number of action logits. */
  public int numActions() {
    return numActions;
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
}
