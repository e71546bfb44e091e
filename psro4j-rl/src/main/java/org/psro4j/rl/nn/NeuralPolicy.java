package org.psro4j.rl.nn;

import java.util.List;
import java.util.Objects;
import org.psro4j.game.State;
import org.psro4j.policy.BatchPolicy;
import org.psro4j.policy.Policy;

/**
 * A policy computed by an {@link MlpNetwork} over the game's information-state (or observation)
 * tensor: a softmax of the logits masked to the legal actions, or, for value-based learners, the
 * greedy legal action (lowest index on ties). Immutable once built: its network is a private copy
 * that nothing trains. As a {@link BatchPolicy} it answers a whole list of states in one forward
 * pass, which is how exact NashConv of neural policies is measured on small games; a few states at
 * a time go through a plain-Java copy of the weights, which is faster than a DJL call there.
 */
public final class NeuralPolicy implements Policy, BatchPolicy {

  /** How logits turn into probabilities. */
  public enum Head {
    /** Masked softmax of the logits (policy-gradient learners). */
    SOFTMAX,
    /** All mass on the legal action with the largest output (value-based learners). */
    GREEDY
  }

  private final String game;
  private final ObservationSpec spec;
  private final Head head;
  private final MlpNetwork network;
  private final JavaMlp smallBatches;

  /** Up to this many states go through the plain-Java copy of the network instead of DJL. */
  public static final int JAVA_FORWARD_MAX_ROWS = 8;

  /**
   * Wraps {@code network} (which this policy then owns and never changes).
   *
   * @param game the canonical game string the policy was trained on
   * @param spec what the network reads
   * @param head how outputs become probabilities
   * @param network the network; its input and output sizes must match {@code spec}
   */
  public NeuralPolicy(String game, ObservationSpec spec, Head head, MlpNetwork network) {
    this.game = Objects.requireNonNull(game, "game");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.head = Objects.requireNonNull(head, "head");
    this.network = Objects.requireNonNull(network, "network");
    if (network.inputSize() != spec.size() || network.outputSize() != spec.numActions()) {
      throw new IllegalArgumentException(
          "network maps "
              + network.inputSize()
              + " -> "
              + network.outputSize()
              + " but the observation spec needs "
              + spec.size()
              + " -> "
              + spec.numActions());
    }
    this.smallBatches = new JavaMlp(network);
  }

  /** The canonical string of the game this policy plays. */
  public String game() {
    return game;
  }

  /** What the network reads. */
  public ObservationSpec spec() {
    return spec;
  }

  /** How outputs become probabilities. */
  public Head head() {
    return head;
  }

  /** The network (read it, do not train it). */
  public MlpNetwork network() {
    return network;
  }

  @Override
  public double[] actionProbabilities(State state, int player) {
    return actionProbabilities(List.of(state), player)[0];
  }

  @Override
  public double[][] actionProbabilities(List<State> states, int player) {
    int n = states.size();
    double[][] out = new double[n][];
    if (n == 0) {
      return out;
    }
    float[] inputs = new float[n * spec.size()];
    int[][] legal = new int[n][];
    for (int i = 0; i < n; i++) {
      State s = states.get(i);
      spec.write(s, player, inputs, i * spec.size());
      legal[i] = s.legalActions(player);
    }
    float[] outputs =
        n <= JAVA_FORWARD_MAX_ROWS ? smallBatches.predict(inputs, n) : network.predict(inputs, n);
    for (int i = 0; i < n; i++) {
      out[i] = probabilities(outputs, i * spec.numActions(), legal[i], head);
    }
    return out;
  }

  /** Probabilities over {@code legal} from one row of outputs starting at {@code offset}. */
  public static double[] probabilities(float[] outputs, int offset, int[] legal, Head head) {
    double[] p = new double[legal.length];
    if (legal.length == 0) {
      return p;
    }
    if (head == Head.GREEDY) {
      int best = 0;
      for (int j = 1; j < legal.length; j++) {
        if (outputs[offset + legal[j]] > outputs[offset + legal[best]]) {
          best = j;
        }
      }
      p[best] = 1.0;
      return p;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int a : legal) {
      max = Math.max(max, outputs[offset + a]);
    }
    double sum = 0;
    for (int j = 0; j < legal.length; j++) {
      p[j] = Math.exp(outputs[offset + legal[j]] - max);
      sum += p[j];
    }
    for (int j = 0; j < legal.length; j++) {
      p[j] /= sum;
    }
    return p;
  }

  @Override
  public String toString() {
    return "NeuralPolicy["
        + game
        + ", "
        + head
        + ", "
        + java.util.Arrays.toString(network.layerSizes())
        + "]";
  }
}
