package org.psro4j.rl.nn;

import java.util.List;
import java.util.Objects;
import org.psro4j.game.State;
import org.psro4j.policy.BatchPolicy;
import org.psro4j.policy.Policy;

/**
 * A policy computed by a {@link ConvNetwork} over a board game's information-state tensor: the
 * softmax of the action scores masked to the legal actions. Immutable once built: its network is a
 * private copy that nothing trains. As a {@link BatchPolicy} it answers a list of states in one
 * forward pass.
 */
public final class ConvPolicy implements Policy, BatchPolicy {

  private final String game;
  private final ObservationSpec spec;
  private final ConvNetwork network;

  /**
   * Wraps {@code network} (which this policy then owns and never changes).
   *
   * @param game the canonical game string the policy was trained on
   * @param spec what the network reads; its size and action count must match the network's board
   * @param network the network
   */
  public ConvPolicy(String game, ObservationSpec spec, ConvNetwork network) {
    this.game = Objects.requireNonNull(game, "game");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.network = Objects.requireNonNull(network, "network");
    BoardShape shape = network.shape();
    if (shape.inputSize() != spec.size() || shape.numActions() != spec.numActions()) {
      throw new IllegalArgumentException(
          "network serves "
              + shape
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

  /** What the network reads. */
  public ObservationSpec spec() {
    return spec;
  }

  /** The network (read it, do not train it). */
  public ConvNetwork network() {
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
    float[] logits = network.predictLogits(inputs, n);
    for (int i = 0; i < n; i++) {
      out[i] =
          NeuralPolicy.probabilities(
              logits, i * spec.numActions(), legal[i], NeuralPolicy.Head.SOFTMAX);
    }
    return out;
  }

  @Override
  public String toString() {
    return "ConvPolicy[" + game + ", widths " + java.util.Arrays.toString(network.channels()) + "]";
  }
}
