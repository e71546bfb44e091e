package org.psro4j.games.stratego;

/**
 * The 10×10 Stratego board and the action encoding of {@link BarrageStratego}.
 *
 * <p>Square {@code s = row * 10 + col}; row 0 is player 0's back row, so player 0 sets up in rows
 * 0–3 (squares 0–39) and player 1 in rows 6–9 (squares 60–99). The two 2×2 lakes fill rows 4–5,
 * columns 2–3 and 6–7. Actions 0–99 place the next piece on that square (setup phase); action
 * {@code 100 + from * 36 + direction * 9 + (distance - 1)} moves the piece on {@code from} in
 * direction 0 (row + 1), 1 (column + 1), 2 (row − 1) or 3 (column − 1) by 1–9 squares.
 */
final class Board {

  static final int SIZE = 10;
  static final int SQUARES = SIZE * SIZE;
  static final int SETUP_ROWS = 4;
  static final int MOVE_BASE = SQUARES;
  static final int MAX_DISTANCE = SIZE - 1;
  static final int NUM_ACTIONS = MOVE_BASE + SQUARES * 4 * MAX_DISTANCE;

  private static final int[] ROW_STEP = {1, 0, -1, 0};
  private static final int[] COL_STEP = {0, 1, 0, -1};
  private static final boolean[] LAKE = new boolean[SQUARES];

  static {
    for (int row = 4; row <= 5; row++) {
      for (int col : new int[] {2, 3, 6, 7}) {
        LAKE[row * SIZE + col] = true;
      }
    }
  }

  private Board() {}

  static boolean isLake(int square) {
    return LAKE[square];
  }

  /** Whether {@code square} lies in {@code player}'s four setup rows. */
  static boolean inSetupZone(int player, int square) {
    int row = square / SIZE;
    return player == 0 ? row < SETUP_ROWS : row >= SIZE - SETUP_ROWS;
  }

  /**
   * The square {@code distance} steps from {@code square} in {@code direction}, or -1 off-board.
   */
  static int step(int square, int direction, int distance) {
    int row = square / SIZE + ROW_STEP[direction] * distance;
    int col = square % SIZE + COL_STEP[direction] * distance;
    if (row < 0 || row >= SIZE || col < 0 || col >= SIZE) {
      return -1;
    }
    return row * SIZE + col;
  }

  static int moveAction(int from, int direction, int distance) {
    return MOVE_BASE + from * 4 * MAX_DISTANCE + direction * MAX_DISTANCE + distance - 1;
  }

  static int moveFrom(int action) {
    return (action - MOVE_BASE) / (4 * MAX_DISTANCE);
  }

  static int moveDirection(int action) {
    return (action - MOVE_BASE) / MAX_DISTANCE % 4;
  }

  static int moveDistance(int action) {
    return (action - MOVE_BASE) % MAX_DISTANCE + 1;
  }

  static int moveTo(int action) {
    return step(moveFrom(action), moveDirection(action), moveDistance(action));
  }

  /** A square as column letter and row number, e.g. {@code a1} for square 0. */
  static String name(int square) {
    return (char) ('a' + square % SIZE) + Integer.toString(square / SIZE + 1);
  }
}
