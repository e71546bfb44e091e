package org.psro4j.rl.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.psro4j.game.State;
import org.psro4j.policy.BatchPolicy;
import org.psro4j.policy.EpisodePolicy;
import org.psro4j.policy.Policy;

/**
 * A policy with memory: a {@link RecurrentCore} (LSTM or GRU) fed the player's observation at each
 * of its decisions, its output a masked softmax over the legal actions. Played through {@link
 * #newEpisode}, it carries the recurrent state from decision to decision; asked about a lone state
 * it replays the state's history to rebuild the player's observation sequence ({@link
 * ObservationHistory}), so exact evaluation and tabulation work on games that record their history.
 * Immutable: its core is a private copy nothing trains.
 */
public final class RecurrentPolicy implements Policy, BatchPolicy {

  private final String game;
  private final ObservationSpec spec;
  private final RecurrentCore core;

  /**
   * Wraps {@code core} (which this policy then owns and never changes).
   *
   * @param game the canonical game string the policy was trained on
   * @param spec what the core reads at each decision
   * @param core the recurrent network; its input and output sizes must match {@code spec}
   */
  public RecurrentPolicy(String game, ObservationSpec spec, RecurrentCore core) {
    this.game = Objects.requireNonNull(game, "game");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.core = Objects.requireNonNull(core, "core");
    if (core.inputSize() != spec.size() || core.outputSize() != spec.numActions()) {
      throw new IllegalArgumentException(
          "core maps "
              + core.inputSize()
              + " -> "
              + core.outputSize()
              + " but the observation spec needs "
              + spec.size()
              + " -> "
              + spec.numActions());
    }
  }

  /** The canonical string of the game this policy plays. */
  public String game() {
    return game;
  }

  /** What the core reads. */
  public ObservationSpec spec() {
    return spec;
  }

  /** The core (read it, do not train it). */
  public RecurrentCore core() {
    return core;
  }

  @Override
  public EpisodePolicy newEpisode(int player) {
    float[][] memory = new float[1][];
    float[] obs = new float[spec.size()];
    return state -> {
      spec.write(state, player, obs, 0);
      float[] logits = core.stepRows(obs, 1, memory);
      return NeuralPolicy.probabilities(
          logits, 0, state.legalActions(player), NeuralPolicy.Head.SOFTMAX);
    };
  }

  /**
   * One decision of {@code player} in each of several episodes at once: {@code memories[i]} is
   * episode {@code i}'s recurrent state ({@code null} at its first decision), replaced by the next
   * one, as {@link #newEpisode} handles would do one by one. Thread-safe.
   */
  public double[][] step(List<State> states, int player, float[][] memories) {
    int rows = states.size();
    int in = spec.size();
    float[] x = new float[rows * in];
    for (int i = 0; i < rows; i++) {
      spec.write(states.get(i), player, x, i * in);
    }
    float[] logits = core.stepRows(x, rows, memories);
    double[][] out = new double[rows][];
    for (int i = 0; i < rows; i++) {
      out[i] =
          NeuralPolicy.probabilities(
              logits,
              i * spec.numActions(),
              states.get(i).legalActions(player),
              NeuralPolicy.Head.SOFTMAX);
    }
    return out;
  }

  @Override
  public double[] actionProbabilities(State state, int player) {
    return actionProbabilities(List.of(state), player)[0];
  }

  /** States are grouped by the length of the player's observation sequence; one pass per group. */
  @Override
  public double[][] actionProbabilities(List<State> states, int player) {
    double[][] out = new double[states.size()][];
    Map<Integer, List<Integer>> byLength = new LinkedHashMap<>();
    List<List<float[]>> sequences = new ArrayList<>(states.size());
    for (int i = 0; i < states.size(); i++) {
      List<float[]> seq = ObservationHistory.of(states.get(i), player, spec);
      sequences.add(seq);
      byLength.computeIfAbsent(seq.size(), k -> new ArrayList<>()).add(i);
    }
    int in = spec.size();
    for (Map.Entry<Integer, List<Integer>> group : byLength.entrySet()) {
      int steps = group.getKey();
      List<Integer> rows = group.getValue();
      int batch = rows.size();
      float[] x = new float[steps * batch * in];
      for (int b = 0; b < batch; b++) {
        List<float[]> seq = sequences.get(rows.get(b));
        for (int t = 0; t < steps; t++) {
          System.arraycopy(seq.get(t), 0, x, (t * batch + b) * in, in);
        }
      }
      float[] logits = core.predictLast(x, steps, batch);
      for (int b = 0; b < batch; b++) {
        int i = rows.get(b);
        out[i] =
            NeuralPolicy.probabilities(
                logits,
                b * spec.numActions(),
                states.get(i).legalActions(player),
                NeuralPolicy.Head.SOFTMAX);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "RecurrentPolicy[" + game + ", " + core.type() + " " + core.hiddenSize() + "]";
  }
}
