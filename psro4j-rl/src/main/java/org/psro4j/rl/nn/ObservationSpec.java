package org.psro4j.rl.nn;

import java.util.Objects;
import org.psro4j.game.Game;
import org.psro4j.game.GameType;
import org.psro4j.game.State;

/**
 * What a network sees of a state: the game's information-state tensor when it provides one (perfect
 * recall, so a feed-forward network suffices), otherwise its observation tensor; plus the number of
 * action logits ({@link Game#numDistinctActions()}).
 *
 * @param tensor {@code information_state} or {@code observation}
 * @param size the tensor length
 * @param numActions the number of distinct actions
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

  /** The spec for {@code game}; fails if the game provides neither tensor. */
  public static ObservationSpec of(Game game) {
    GameType type = game.type();
    if (type.providesInformationStateTensor() && game.informationStateTensorSize() > 0) {
      return new ObservationSpec(
          INFORMATION_STATE, game.informationStateTensorSize(), game.numDistinctActions());
    }
    if (type.providesObservationTensor() && game.observationTensorSize() > 0) {
      return new ObservationSpec(
          OBSERVATION, game.observationTensorSize(), game.numDistinctActions());
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
