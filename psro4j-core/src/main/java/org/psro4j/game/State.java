package org.psro4j.game;

/**
 * A mutable game state, after OpenSpiel's {@code State}: {@link #apply(int)} changes it in place,
 * {@link #child(int)} copies then applies.
 *
 * <p>Player actions are indices in {@code 0..game().numDistinctActions()-1}; {@link
 * #legalActions(int)} lists those allowed now, in increasing order, and policies give their
 * probabilities aligned with that array.
 */
public interface State {

  /** {@link #currentPlayer()} at a chance node. */
  int CHANCE = -1;

  /** {@link #currentPlayer()} at a simultaneous-move node. */
  int SIMULTANEOUS = -2;

  /** {@link #currentPlayer()} at a terminal state. */
  int TERMINAL = -4;

  /** The game this state belongs to. */
  Game game();

  /** The player to act, or {@link #CHANCE}, {@link #SIMULTANEOUS}, {@link #TERMINAL}. */
  int currentPlayer();

  /** Whether the game is over. */
  default boolean isTerminal() {
    return currentPlayer() == TERMINAL;
  }

  /** Whether chance acts next. */
  default boolean isChanceNode() {
    return currentPlayer() == CHANCE;
  }

  /** Whether all players choose at once next. */
  default boolean isSimultaneousNode() {
    return currentPlayer() == SIMULTANEOUS;
  }

  /**
   * Legal actions of {@code player}, increasing. Empty for a player who does not act now; at a
   * chance node, {@code legalActions(CHANCE)} lists the chance actions.
   */
  int[] legalActions(int player);

  /** Legal actions of the current player (or chance); empty at a terminal. */
  default int[] legalActions() {
    int p = currentPlayer();
    if (p == TERMINAL || p == SIMULTANEOUS) {
      return new int[0];
    }
    return legalActions(p);
  }

  /** The chance outcomes and their probabilities; only at a chance node. */
  ChanceOutcome[] chanceOutcomes();

  /** Applies the current player's (or chance's) action. */
  void apply(int action);

  /** Applies one action per player at a simultaneous node. */
  default void apply(int[] jointAction) {
    throw new IllegalStateException("not a simultaneous-move node: " + this);
  }

  /** An independent deep copy. */
  State copy();

  /** A copy with {@code action} applied; this state is unchanged. */
  default State child(int action) {
    State c = copy();
    c.apply(action);
    return c;
  }

  /**
   * Every action applied since the initial state, chance outcomes included, in order: applying them
   * to {@code game().newInitialState()} gives this state back. Policies with memory use it to
   * recover a player's earlier observations (exact evaluation of recurrent policies); games that do
   * not record it throw {@link UnsupportedOperationException}.
   */
  default int[] history() {
    throw new UnsupportedOperationException(
        game().type().shortName() + " does not record its history of actions");
  }

  /** Cumulative returns of every player so far (final returns at a terminal). */
  double[] returns();

  /** Rewards of the last transition per player; by default zero until the terminal. */
  default double[] rewards() {
    return isTerminal() ? returns() : new double[game().numPlayers()];
  }

  /** Everything {@code player} knows, as a string unique to the information state. */
  String informationStateString(int player);

  /** The information state as a vector written into {@code out} from {@code offset}. */
  default void informationStateTensor(int player, float[] out, int offset) {
    throw new UnsupportedOperationException(
        game().type().shortName() + " provides no information-state tensor");
  }

  /** The information state as a new vector of length {@link Game#informationStateTensorSize()}. */
  default float[] informationStateTensor(int player) {
    float[] out = new float[game().informationStateTensorSize()];
    informationStateTensor(player, out, 0);
    return out;
  }

  /** What {@code player} observes now, as a string. */
  default String observationString(int player) {
    return informationStateString(player);
  }

  /** The observation as a vector written into {@code out} from {@code offset}. */
  default void observationTensor(int player, float[] out, int offset) {
    throw new UnsupportedOperationException(
        game().type().shortName() + " provides no observation tensor");
  }

  /** The observation as a new vector of length {@link Game#observationTensorSize()}. */
  default float[] observationTensor(int player) {
    float[] out = new float[game().observationTensorSize()];
    observationTensor(player, out, 0);
    return out;
  }

  /** A readable name for an action of {@code player} (or chance). */
  default String actionToString(int player, int action) {
    return Integer.toString(action);
  }
}
