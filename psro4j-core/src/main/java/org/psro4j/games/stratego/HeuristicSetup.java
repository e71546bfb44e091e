package org.psro4j.games.stratego;

/**
 * Where {@link HeuristicBot} places each piece: the Flag in a back-row corner, the Bomb in front of
 * it, the Spy beside it, Scouts in the front row, the other pieces off the back row; ties are
 * broken at random.
 */
final class HeuristicSetup {

  private HeuristicSetup() {}

  /** 1 for a preferred square of the piece about to be placed, 0 otherwise. */
  static double score(BarrageState s, int player, int square) {
    int id = s.placed % BarrageState.PER_SIDE;
    int row = player == 0 ? square / Board.SIZE : Board.SIZE - 1 - square / Board.SIZE;
    int col = square % Board.SIZE;
    int flag = s.square[player * BarrageState.PER_SIDE];
    return switch (BarrageState.PIECES[id]) {
      case FLAG -> row == 0 && (col == 0 || col == Board.SIZE - 1) ? 1 : 0;
      case BOMB -> adjacent(square, flag) && col == flag % Board.SIZE ? 1 : 0;
      case SPY -> adjacent(square, flag) ? 1 : 0;
      case SCOUT -> row == Board.SETUP_ROWS - 1 ? 1 : 0;
      default -> row > 0 ? 1 : 0;
    };
  }

  private static boolean adjacent(int a, int b) {
    int dr = Math.abs(a / Board.SIZE - b / Board.SIZE);
    int dc = Math.abs(a % Board.SIZE - b % Board.SIZE);
    return dr + dc == 1;
  }
}
