package org.psro4j.rl.nn;

import java.util.Arrays;
import org.psro4j.game.BoardLayout;
import org.psro4j.game.Game;

/**
 * What a {@link ConvNetwork} reads and scores: a board of {@code rows × columns} squares carrying
 * {@code planes} feature planes, {@code globals} global features after them in the tensor, and
 * actions laid out square by square in blocks of {@code actionChannels} per square (see {@link
 * BoardLayout}).
 *
 * @param rows board rows
 * @param columns board columns
 * @param planes feature planes at the start of the tensor
 * @param globals values after the planes
 * @param actionChannels actions per square of each consecutive block
 */
public record BoardShape(int rows, int columns, int planes, int globals, int[] actionChannels) {

  public BoardShape {
    if (rows < 1 || columns < 1 || planes < 1 || globals < 0) {
      throw new IllegalArgumentException(
          "board shape needs positive rows, columns and planes: "
              + rows
              + "x"
              + columns
              + ", "
              + planes
              + " planes, "
              + globals
              + " globals");
    }
    actionChannels = actionChannels.clone();
    for (int c : actionChannels) {
      if (c < 1) {
        throw new IllegalArgumentException(
            "action channels must be positive: " + Arrays.toString(actionChannels));
      }
    }
  }

  /**
   * The shape {@code game} declares as a {@link BoardLayout}, checked against its tensor size and
   * action count; fails naming the game when it declares none or the numbers disagree.
   */
  public static BoardShape of(Game game) {
    if (!(game instanceof BoardLayout b)) {
      throw new IllegalArgumentException(
          "policy_net=conv needs a board game (one that declares its BoardLayout); "
              + game
              + " does not");
    }
    ObservationSpec spec = ObservationSpec.of(game);
    int boardValues = b.boardPlanes() * b.boardRows() * b.boardColumns();
    BoardShape shape =
        new BoardShape(
            b.boardRows(),
            b.boardColumns(),
            b.boardPlanes(),
            spec.size() - boardValues,
            b.actionChannels());
    if (shape.globals() < 0 || shape.numActions() != spec.numActions()) {
      throw new IllegalArgumentException(
          game
              + " declares a board layout ("
              + shape
              + ") that does not fit its "
              + spec.size()
              + "-value tensor and "
              + spec.numActions()
              + " actions");
    }
    return shape;
  }

  /** Squares on the board. */
  public int squares() {
    return rows * columns;
  }

  /** Action scores per square over all blocks. */
  public int channelsPerSquare() {
    return Arrays.stream(actionChannels).sum();
  }

  /** Distinct actions the blocks cover. */
  public int numActions() {
    return squares() * channelsPerSquare();
  }

  /** Tensor values: the planes and the globals. */
  public int inputSize() {
    return planes * squares() + globals;
  }

  @Override
  public int[] actionChannels() {
    return actionChannels.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BoardShape s
        && rows == s.rows
        && columns == s.columns
        && planes == s.planes
        && globals == s.globals
        && Arrays.equals(actionChannels, s.actionChannels);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Objects.hash(rows, columns, planes, globals)
        + Arrays.hashCode(actionChannels);
  }

  @Override
  public String toString() {
    return rows
        + "x"
        + columns
        + " board, "
        + planes
        + " planes, "
        + globals
        + " globals, action channels "
        + Arrays.toString(actionChannels);
  }
}
