package org.psro4j.rl.nn;

import java.util.Objects;
import org.psro4j.game.Game;
import org.psro4j.game.GameType;
import org.psro4j.game.State;

/**
 * What a network sees of a state: the game's information-state tensor when it provides one (perfect
 * recall, so a feed-forward network suffices), otherwise its observation tensor; plus the number of
 * action outputs: {@link Game#numDistinctActions()} logits in a discrete game ({@link #of}), the
 * action-vector length {@link Game#continuousActionSize()} in a continuous one ({@link
 * #ofContinuous}).
 *
 * @param tensor {@code information_state} or {@code observation}
 * @param size the tensor length
 * @param numActions the number of distinct actions, or the action-vector length
 */
public record ObservationSpec(String tensor, int size, int numActions) {

  /** The information-state tensor kind. */
  public static final String INFORMATION_STATE = "information_state";

  /** The observation tensor kind. */
  public static final String OBSERVATION = "observation";

  public ObservationSpec {
    Objects.requireNonNull(tensor, "tensor");
    if (!tensor.equals(INFORMATION_STATE) && !tensor.equals(OBSERVATION)) {
      throw new IllegalArgumentException("unknown tensor kind '" + tensor + "'");
    }
    if (size <= 0) {
      throw new IllegalArgumentException("tensor size must be positive, got " + size);
    }
    if (numActions <= 0) {
      throw new IllegalArgumentException("numActions must be positive, got " + numActions);
    }
  }

  /**
   * The spec for a game with discrete actions; fails if the game provides neither tensor or has
   * continuous actions (whose learners are {@code sac} and {@code crossq}).
   */
  public static ObservationSpec of(Game game) {
    if (game.hasContinuousActions()) {
      throw new IllegalArgumentException(
          game
              + " has continuous actions (vectors of "
              + game.continuousActionSize()
              + "); discrete-action networks do not apply: use the sac or crossq oracle");
    }
    return tensorSpec(game, game.numDistinctActions());
  }

  /**
   * The spec for a game with continuous actions, {@code numActions} being the action-vector length;
   * fails if the game's actions are discrete (whose learners are {@code ppo}, {@code dqn} and
   * {@code mpo}) or it provides neither tensor.
   */
  public static ObservationSpec ofContinuous(Game game) {
    if (!game.hasContinuousActions()) {
      throw new IllegalArgumentException(
          game
              + " has discrete actions; continuous-action learners do not apply: use the ppo, dqn"
              + " or mpo oracle");
    }
    return tensorSpec(game, game.continuousActionSize());
  }

  /**
   * The spec for a recurrent network in a game with discrete actions: the observation tensor when
   * the game provides one (the network's memory supplies the history), otherwise the
   * information-state tensor.
   */
  public static ObservationSpec forRecurrent(Game game) {
    ObservationSpec spec = of(game);
    if (game.type().providesObservationTensor() && game.observationTensorSize() > 0) {
      return new ObservationSpec(OBSERVATION, game.observationTensorSize(), spec.numActions());
    }
    return spec;
  }

  private static ObservationSpec tensorSpec(Game game, int numActions) {
    GameType type = game.type();
    if (type.providesInformationStateTensor() && game.informationStateTensorSize() > 0) {
      return new ObservationSpec(INFORMATION_STATE, game.informationStateTensorSize(), numActions);
    }
    if (type.providesObservationTensor() && game.observationTensorSize() > 0) {
      return new ObservationSpec(OBSERVATION, game.observationTensorSize(), numActions);
    }
    throw new IllegalArgumentException(
        game + " provides neither an information-state nor an observation tensor");
  }

  /** Writes {@code player}'s view of {@code state} into {@code out} from {@code offset}. */
  public void write(State state, int player, float[] out, int offset) {
    if (tensor.equals(INFORMATION_STATE)) {
      state.informationStateTensor(player, out, offset);
    } else {
      state.observationTensor(player, out, offset);
    }
  }

  /**
   * Writes the legal-action mask of {@code player} in {@code state} (1 for legal, 0 otherwise) into
   * {@code out} from {@code offset}, and returns the legal actions.
   */
  public int[] writeMask(State state, int player, float[] out, int offset) {
    int[] legal = state.legalActions(player);
    java.util.Arrays.fill(out, offset, offset + numActions, 0f);
    for (int a : legal) {
      out[offset + a] = 1f;
    }
    return legal;
  }
}
