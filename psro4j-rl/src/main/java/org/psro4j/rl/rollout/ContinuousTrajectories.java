package org.psro4j.rl.rollout;

import java.util.Arrays;

/**
 * The learner's transitions in a game with continuous actions, from a batch of complete episodes,
 * episode by episode in a fixed order: transition {@code i}'s successor observation is row {@code i
 * + 1} unless {@code done[i]}. An action is a vector in {@code [0,1]^d}; reward {@code i} is the
 * change of the learner's return from its decision {@code i} to its next decision (or the end of
 * the episode), so multi-step games bootstrap through the successor.
 */
public final class ContinuousTrajectories extends LearnerTransitions<ContinuousTrajectories> {

  private final int actionSize;
  private float[] actions;

  /** An empty buffer for tensors of {@code observationSize} and actions of {@code actionSize}. */
  public ContinuousTrajectories(int observationSize, int actionSize) {
    this(observationSize, actionSize, 64);
  }

  ContinuousTrajectories(int observationSize, int actionSize, int capacity) {
    super(observationSize, capacity);
    this.actionSize = actionSize;
    actions = new float[capacity * actionSize];
  }

  /** Appends a transition (reward 0, not done) and returns its index. */
  int add(float[] obs, int obsOffset, float[] action, int actionOffset) {
    int row = addRow(obs, obsOffset);
    System.arraycopy(action, actionOffset, actions, row * actionSize, actionSize);
    return row;
  }

  @Override
  void growColumns(int capacity) {
    actions = Arrays.copyOf(actions, capacity * actionSize);
  }

  @Override
  void copyColumns(ContinuousTrajectories other, int from, int to) {
    System.arraycopy(other.actions, from * actionSize, actions, to * actionSize, actionSize);
  }

  /** Action-vector length. */
  public int actionSize() {
    return actionSize;
  }

  /** The actions in {@code [0,1]^d}, row by row. */
  public float[] actions() {
    return actions;
  }
}
