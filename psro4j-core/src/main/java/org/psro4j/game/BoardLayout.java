package org.psro4j.game;

/**
 * A game whose tensors open with feature planes over a rectangular board and whose actions are laid
 * out square by square, so that a convolutional network can read the board and score every action
 * at its square (as AlphaZero's policy head does for chess and Go: Silver et al., "A general
 * reinforcement learning algorithm that masters chess, shogi, and Go through self-play", Science
 * 2018).
 *
 * <p>Tensor layout: the first {@code boardPlanes() * boardRows() * boardColumns()} values are the
 * planes one after another, each square by square ({@code square = row * boardColumns() + column});
 * the values after them are global features. Action layout: consecutive blocks, block {@code b}
 * holding {@code actionChannels()[b]} actions per square, square-major: the block's action {@code
 * offset_b + square * channels_b + c}. The blocks together cover every distinct action.
 */
public interface BoardLayout {

  /** Board rows. */
  int boardRows();

  /** Board columns. */
  int boardColumns();

  /** Feature planes at the start of the information-state (and observation) tensor. */
  int boardPlanes();

  /** Actions per square of each consecutive block of actions. */
  int[] actionChannels();
}
