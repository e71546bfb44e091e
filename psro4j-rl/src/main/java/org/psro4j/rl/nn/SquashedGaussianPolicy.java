package org.psro4j.rl.nn;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.psro4j.game.ContinuousState;
import org.psro4j.policy.ContinuousPolicy;

/**
 * A continuous-action policy computed by an {@link MlpNetwork} over the game's information-state
 * (or observation) tensor: the network gives a {@link SquashedGaussian} (means and log standard
 * deviations) whose sample, squashed by tanh onto {@code [0,1]^d}, is the action. This is the actor
 * of soft actor-critic and CrossQ. Immutable once built: its network is a private copy that nothing
 * trains; a few states at a time go through a plain-Java copy of the weights.
 */
public final class SquashedGaussianPolicy implements ContinuousPolicy {

  private final String game;
  private final ObservationSpec spec;
  private final MlpNetwork network;
  private final JavaMlp smallBatches;

  /**
   * Wraps {@code network} (which this policy then owns and never changes).
   *
   * @param game the canonical game string the policy was trained on
   * @param spec what the network reads; {@code spec.numActions()} is the action-vector length
   * @param network maps {@code spec.size()} inputs to {@code 2 * spec.numActions()} outputs
   */
  public SquashedGaussianPolicy(String game, ObservationSpec spec, MlpNetwork network) {
    this.game = Objects.requireNonNull(game, "game");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.network = Objects.requireNonNull(network, "network");
    if (network.inputSize() != spec.size() || network.outputSize() != 2 * spec.numActions()) {
      throw new IllegalArgumentException(
          "network maps "
              + network.inputSize()
              + " -> "
              + network.outputSize()
              + " but a squashed Gaussian over "
              + spec.numActions()
              + " actions reading "
              + spec.size()
              + " inputs needs "
              + spec.size()
              + " -> "
              + 2 * spec.numActions());
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

  /** The network (read it, do not train it). */
  public MlpNetwork network() {
    return network;
  }

  /** Length of an action vector. */
  public int actionSize() {
    return spec.numActions();
  }

  @Override
  public double[] sampleAction(ContinuousState state, int player, RandomGenerator random) {
    return sampleActions(List.of(state), player, random)[0];
  }

  /**
   * One action per state, from one forward pass; the noise is drawn from {@code random} state by
   * state in list order, so a batch gives what the states one by one would, up to float rounding
   * (batches above {@link NeuralPolicy#JAVA_FORWARD_MAX_ROWS} rows are forwarded by DJL, smaller
   * ones in plain Java).
   */
  public double[][] sampleActions(
      List<? extends ContinuousState> states, int player, RandomGenerator random) {
    int n = states.size();
    int d = actionSize();
    float[] outputs = outputs(states, player);
    float[] actions = new float[d];
    double[][] out = new double[n][d];
    for (int r = 0; r < n; r++) {
      SquashedGaussian.sample(outputs, r, d, random, actions, 0);
      for (int i = 0; i < d; i++) {
        out[r][i] = actions[i];
      }
    }
    return out;
  }

  /** The deterministic action: the squashed mean of the Gaussian. */
  public double[] meanAction(ContinuousState state, int player) {
    int d = actionSize();
    float[] actions = new float[d];
    SquashedGaussian.mean(outputs(List.of(state), player), 0, d, actions, 0);
    double[] out = new double[d];
    for (int i = 0; i < d; i++) {
      out[i] = actions[i];
    }
    return out;
  }

  private float[] outputs(List<? extends ContinuousState> states, int player) {
    int n = states.size();
    float[] inputs = new float[n * spec.size()];
    for (int i = 0; i < n; i++) {
      spec.write(states.get(i), player, inputs, i * spec.size());
    }
    return n <= NeuralPolicy.JAVA_FORWARD_MAX_ROWS
        ? smallBatches.predict(inputs, n)
        : network.predict(inputs, n);
  }

  @Override
  public String toString() {
    return "SquashedGaussianPolicy["
        + game
        + ", "
        + java.util.Arrays.toString(network.layerSizes())
        + "]";
  }
}
