package org.psro4j.rl.neupl;

import java.util.List;
import java.util.Objects;
import org.psro4j.game.State;
import org.psro4j.policy.BatchPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.rl.nn.NeuralPolicy;

/**
 * A trained NeuPL best-response head as a fixed policy (Liu et al., AAMAS 2024): the encoder's
 * parameters, the co-players' mixed-strategy encoding g and the policy head, read in plain Java.
 * Immutable. It is the distillation target, not a population member, so it has no file format.
 */
public final class BestResponseHeadPolicy implements Policy, BatchPolicy {

  private final String game;
  private final FrozenPopulation encoder;
  private final float[] encoding;
  private final float[] headWeights;
  private final float[] headBias;

  BestResponseHeadPolicy(
      String game,
      FrozenPopulation encoder,
      float[] encoding,
      float[] headWeights,
      float[] headBias) {
    this.game = Objects.requireNonNull(game, "game");
    this.encoder = encoder;
    this.encoding = encoding.clone();
    this.headWeights = headWeights.clone();
    this.headBias = headBias.clone();
  }

  /** The game's canonical string. */
  public String game() {
    return game;
  }

  @Override
  public double[] actionProbabilities(State state, int player) {
    var spec = encoder.spec().observation();
    float[] obs = new float[spec.size()];
    spec.write(state, player, obs, 0);
    float[] h = encoder.features(obs, 0, encoding);
    float[] logits = FrozenPopulation.affine(h, headWeights, headBias, spec.numActions());
    return NeuralPolicy.probabilities(
        logits, 0, state.legalActions(player), NeuralPolicy.Head.SOFTMAX);
  }

  @Override
  public double[][] actionProbabilities(List<State> states, int player) {
    double[][] out = new double[states.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = actionProbabilities(states.get(i), player);
    }
    return out;
  }
}
