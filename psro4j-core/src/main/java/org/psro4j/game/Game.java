package org.psro4j.game;

/**
 * An immutable game description, loaded by name with {@link Games#load(String)}; {@link
 * #toString()} gives back the canonical parameter string, e.g. {@code kuhn_poker(players=3)}.
 */
public interface Game {

  /** The kind of game. */
  GameType type();

  /** The resolved parameters, defaults included. */
  GameParameters parameters();

  /** Number of players. */
  int numPlayers();

  /** One more than the largest player action id; actions are {@code 0..numDistinctActions()-1}. */
  int numDistinctActions();

  /** The largest number of outcomes at any chance node (0 if there is no chance). */
  int maxChanceOutcomes();

  /** A lower bound on any player's return. */
  double minUtility();

  /** An upper bound on any player's return. */
  double maxUtility();

  /** For constant-sum and zero-sum games, the sum of all players' returns at every terminal. */
  default double utilitySum() {
    return 0.0;
  }

  /** The longest possible game in moves (chance moves excluded). */
  int maxGameLength();

  /**
   * Length of a player's action vector in a game with continuous actions (its states are {@link
   * ContinuousState}s); 0, the default, for games whose actions are indices.
   */
  default int continuousActionSize() {
    return 0;
  }

  /** Whether players choose vectors in {@code [0,1]^d} rather than action indices. */
  default boolean hasContinuousActions() {
    return continuousActionSize() > 0;
  }

  /** A fresh initial state. */
  State newInitialState();

  /** Length of {@link State#informationStateTensor}; 0 if not provided. */
  default int informationStateTensorSize() {
    return 0;
  }

  /** Length of {@link State#observationTensor}; 0 if not provided. */
  default int observationTensorSize() {
    return 0;
  }

  /** The canonical string, e.g. {@code leduc_poker(players=2)}, that {@link Games#load} reads. */
  @Override
  String toString();
}
