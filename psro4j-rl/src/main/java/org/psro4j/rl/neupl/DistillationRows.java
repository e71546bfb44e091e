package org.psro4j.rl.neupl;

import java.util.Arrays;

/**
 * Training rows for the population network: an observation, the acting player's legal-action mask,
 * the embedding (player, index) the row trains, and a target distribution over actions (the best
 * response's for distillation, the frozen member's for regularisation; Liu et al., AAMAS 2024).
 * Grows as rows are added; not thread-safe.
 */
public final class DistillationRows {

  private final int observationSize;
  private final int numActions;
  private float[] observations = new float[0];
  private float[] masks = new float[0];
  private float[] targets = new float[0];
  private int[] players = new int[0];
  private int[] indices = new int[0];
  private int size;

  /** Empty rows for observations of {@code observationSize} and {@code numActions} actions. */
  public DistillationRows(int observationSize, int numActions) {
    this.observationSize = observationSize;
    this.numActions = numActions;
  }

  /**
   * Adds one row; {@code probabilities} is aligned with {@code legal}, {@code observation} starts
   * at {@code offset}.
   */
  public void add(
      float[] observation, int offset, int[] legal, double[] probabilities, int player, int index) {
    for (double q : probabilities) {
      if (!(q >= 0 && q <= 1)) {
        throw new IllegalArgumentException(
            "target distribution "
                + java.util.Arrays.toString(probabilities)
                + " for embedding "
                + index
                + " of player "
                + player
                + " is not a probability vector");
      }
    }
    if (size == players.length) {
      int cap = Math.max(16, 2 * size);
      observations = Arrays.copyOf(observations, cap * observationSize);
      masks = Arrays.copyOf(masks, cap * numActions);
      targets = Arrays.copyOf(targets, cap * numActions);
      players = Arrays.copyOf(players, cap);
      indices = Arrays.copyOf(indices, cap);
    }
    System.arraycopy(observation, offset, observations, size * observationSize, observationSize);
    for (int j = 0; j < legal.length; j++) {
      masks[size * numActions + legal[j]] = 1f;
      targets[size * numActions + legal[j]] = (float) probabilities[j];
    }
    players[size] = player;
    indices[size] = index;
    size++;
  }

  /** Number of rows. */
  public int size() {
    return size;
  }

  /** Observation length. */
  public int observationSize() {
    return observationSize;
  }

  /** Number of actions. */
  public int numActions() {
    return numActions;
  }

  /** Copies row {@code row}'s observation, mask and target into batch position {@code at}. */
  void copyRow(int row, int at, float[] obs, float[] mask, float[] target) {
    System.arraycopy(
        observations, row * observationSize, obs, at * observationSize, observationSize);
    System.arraycopy(masks, row * numActions, mask, at * numActions, numActions);
    System.arraycopy(targets, row * numActions, target, at * numActions, numActions);
  }

  /** Row {@code row}'s player. */
  public int player(int row) {
    return players[row];
  }

  /** Row {@code row}'s embedding index. */
  public int index(int row) {
    return indices[row];
  }
}
