package org.psro4j.rl.neupl;

import java.util.Arrays;

/**
 * Training rows for the population network: an observation, the acting player's legal-action mask,
 * the embedding (player, index) the row trains, and a target distribution over actions (the best
 * response's for distillation, the frozen member's for regularisation; Liu et al., AAMAS 2024).
 * Each row also knows its place in the acting seat's observation sequence of its episode ({@link
 * #startEpisode}, {@link #decision}), which a recurrent core reads from the start. Grows as rows
 * are added; not thread-safe.
 */
public final class DistillationRows {

  private final int observationSize;
  private final int numActions;
  private float[] observations = new float[0];
  private float[] masks = new float[0];
  private float[] targets = new float[0];
  private int[] players = new int[0];
  private int[] indices = new int[0];
  private int[] sequences = new int[0];
  private int[] steps = new int[0];
  private int size;
  private int sequenceCount;
  private int[] seatSequence = new int[0];
  private int[] seatSteps = new int[0];
  private int markedSequence = -1;
  private int markedStep;
  private int[][] sequenceRows;

  /** Empty rows for observations of {@code observationSize} and {@code numActions} actions. */
  public DistillationRows(int observationSize, int numActions) {
    this.observationSize = observationSize;
    this.numActions = numActions;
  }

  /**
   * Starts an episode: the seats' next decisions open new observation sequences (which a recurrent
   * core reads from the start; Liu et al.'s network with memory).
   */
  public void startEpisode() {
    java.util.Arrays.fill(seatSequence, -1);
    markedSequence = -1;
  }

  /**
   * Marks a decision of {@code seat} in the current episode: the rows added until the next mark
   * belong to the seat's observation sequence, at its next step. Rows added with no mark since
   * {@link #startEpisode} are each a sequence of one step.
   */
  public void decision(int seat) {
    if (seat >= seatSequence.length) {
      int old = seatSequence.length;
      seatSequence = Arrays.copyOf(seatSequence, seat + 1);
      seatSteps = Arrays.copyOf(seatSteps, seat + 1);
      Arrays.fill(seatSequence, old, seat + 1, -1);
    }
    if (seatSequence[seat] < 0) {
      seatSequence[seat] = sequenceCount++;
      seatSteps[seat] = 0;
    } else {
      seatSteps[seat]++;
    }
    markedSequence = seatSequence[seat];
    markedStep = seatSteps[seat];
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
      sequences = Arrays.copyOf(sequences, cap);
      steps = Arrays.copyOf(steps, cap);
    }
    System.arraycopy(observation, offset, observations, size * observationSize, observationSize);
    for (int j = 0; j < legal.length; j++) {
      masks[size * numActions + legal[j]] = 1f;
      targets[size * numActions + legal[j]] = (float) probabilities[j];
    }
    players[size] = player;
    indices[size] = index;
    if (markedSequence >= 0) {
      sequences[size] = markedSequence;
      steps[size] = markedStep;
    } else {
      sequences[size] = sequenceCount++;
      steps[size] = 0;
    }
    sequenceRows = null;
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

  /** Row {@code row}'s observation sequence. */
  public int sequence(int row) {
    return sequences[row];
  }

  /** Row {@code row}'s step in its observation sequence (0 for the first decision). */
  public int step(int row) {
    return steps[row];
  }

  /** For sequence {@code sequence}, a row holding each step's observation, in step order. */
  int[] sequenceRows(int sequence) {
    if (sequenceRows == null) {
      int[] length = new int[sequenceCount];
      for (int r = 0; r < size; r++) {
        length[sequences[r]] = Math.max(length[sequences[r]], steps[r] + 1);
      }
      int[][] out = new int[sequenceCount][];
      for (int q = 0; q < sequenceCount; q++) {
        out[q] = new int[length[q]];
        Arrays.fill(out[q], -1);
      }
      for (int r = 0; r < size; r++) {
        if (out[sequences[r]][steps[r]] < 0) {
          out[sequences[r]][steps[r]] = r;
        }
      }
      sequenceRows = out;
    }
    return sequenceRows[sequence];
  }

  /** Copies row {@code row}'s observation to {@code out} at {@code at}. */
  void copyObservation(int row, float[] out, int at) {
    System.arraycopy(observations, row * observationSize, out, at, observationSize);
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
