package org.psro4j.rl.neupl;

import java.util.List;
import java.util.Objects;
import org.psro4j.game.State;
import org.psro4j.policy.BatchPolicy;
import org.psro4j.policy.EpisodePolicy;
import org.psro4j.policy.Policy;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.ObservationHistory;

/**
 * One member of a neural population (Liu et al., AAMAS 2024): the view Π_θ̂(a | s, ν_player,index)
 * of a frozen network version. It acts like any policy (exact NashConv and CCE gaps by tree walks,
 * sampled play, saving through {@link PopulationMemberCodec}); being a view of an immutable {@link
 * FrozenPopulation}, it is deterministic and unaffected by later training of the live network.
 */
public final class PopulationMember implements Policy, BatchPolicy {

  private final String game;
  private final FrozenPopulation network;
  private final int player;
  private final int index;

  /**
   * A view.
   *
   * @param game the canonical string of the game the network plays
   * @param network the frozen network
   * @param player whose embedding table
   * @param index the embedding's row in that table
   */
  public PopulationMember(String game, FrozenPopulation network, int player, int index) {
    this.game = Objects.requireNonNull(game, "game");
    this.network = Objects.requireNonNull(network, "network");
    network.requireMember(player, index);
    this.player = player;
    this.index = index;
  }

  /** The game's canonical string. */
  public String game() {
    return game;
  }

  /** The frozen network this view reads. */
  public FrozenPopulation network() {
    return network;
  }

  /** The player whose embedding this is. */
  public int player() {
    return player;
  }

  /** The embedding's index in the player's table. */
  public int index() {
    return index;
  }

  /** The network version this view reads. */
  public int version() {
    return network.version();
  }

  /**
   * With a recurrent core, the handle carries the player's hidden state from decision to decision
   * in plain Java; without one, it is the memoryless policy.
   */
  @Override
  public EpisodePolicy newEpisode(int actingPlayer) {
    if (!network.spec().recurrent()) {
      return Policy.super.newEpisode(actingPlayer);
    }
    PopulationNetworkSpec spec = network.spec();
    float[] state = network.initialCoreState();
    float[] obs = new float[spec.inputSize()];
    return s -> {
      spec.writeInput(s, actingPlayer, obs, 0);
      float[] logits = network.logitsOfInput(network.coreInput(obs, 0, state), player, index);
      return NeuralPolicy.probabilities(
          logits, 0, s.legalActions(actingPlayer), NeuralPolicy.Head.SOFTMAX);
    };
  }

  /**
   * With a recurrent core, replays the state's history to feed the core the acting player's
   * observation sequence ({@link ObservationHistory}), so exact tree walks see the same policy as
   * played episodes.
   */
  @Override
  public double[] actionProbabilities(State state, int actingPlayer) {
    if (network.spec().recurrent()) {
      float[] h = network.initialCoreState();
      float[] input = null;
      for (float[] obs : ObservationHistory.of(state, actingPlayer, network.spec().observation())) {
        input = network.coreInput(network.spec().input(obs, actingPlayer), 0, h);
      }
      return NeuralPolicy.probabilities(
          network.logitsOfInput(input, player, index),
          0,
          state.legalActions(actingPlayer),
          NeuralPolicy.Head.SOFTMAX);
    }
    float[] obs = new float[network.spec().inputSize()];
    network.spec().writeInput(state, actingPlayer, obs, 0);
    float[] logits = network.logits(obs, 0, player, index);
    return NeuralPolicy.probabilities(
        logits, 0, state.legalActions(actingPlayer), NeuralPolicy.Head.SOFTMAX);
  }

  @Override
  public double[][] actionProbabilities(List<State> states, int actingPlayer) {
    double[][] out = new double[states.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = actionProbabilities(states.get(i), actingPlayer);
    }
    return out;
  }

  @Override
  public String toString() {
    return "PopulationMember[p" + player + "/" + index + "@v" + network.version() + "]";
  }
}
