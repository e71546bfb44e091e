package org.psro4j.games.goofspiel;

import java.util.Arrays;

/**
 * What a player of {@link Goofspiel} sees, laid out as OpenSpiel's {@code GoofspielObserver} with
 * {@code imp_info=true}: own hand, own bids, the point cards, who won each turn and the points.
 *
 * <p>Information-state string: {@code "P0 hand: 1 2 \nP0 action sequence: 2 \nPoint card sequence:
 * 3 1 \nWin sequence: 0 \nPoints: 3 0 \nTerminal?: 0\n"} (hand and point cards as values 1..K, bids
 * as action ids).
 */
final class GoofspielObserver {

  private GoofspielObserver() {}

  static String informationStateString(GoofspielState s, int player) {
    StringBuilder sb = new StringBuilder(128);
    appendHand(sb, s, player);
    sb.append('P').append(player).append(" action sequence: ");
    for (int t = 0; t < s.turn; t++) {
      sb.append(s.bids[t * s.n + player]).append(' ');
    }
    sb.append("\nPoint card sequence: ");
    for (int i = 0; i < s.pointsDealt; i++) {
      sb.append(s.pointSequence[i] + 1).append(' ');
    }
    sb.append('\n');
    appendWinsAndPoints(sb, s);
    return sb.append("Terminal?: ").append(s.isTerminalTurn() ? 1 : 0).append('\n').toString();
  }

  static String observationString(GoofspielState s, int player) {
    StringBuilder sb = new StringBuilder(128);
    sb.append("Current point card: ").append(s.currentPointCard() + 1).append('\n');
    sb.append("Remaining Point Cards: ");
    for (int c = 0; c < s.numCards; c++) {
      if (!dealt(s, c)) {
        sb.append(c + 1);
      }
    }
    sb.append('\n');
    sb.append("Points: ");
    for (int p = 0; p < s.n; p++) {
      sb.append(s.points[p]).append(' ');
    }
    sb.append('\n');
    appendHand(sb, s, player);
    sb.append("Win sequence: ");
    for (int t = 0; t < s.turn; t++) {
      sb.append(s.winners[t]).append(' ');
    }
    return sb.append('\n').toString();
  }

  private static void appendHand(StringBuilder sb, GoofspielState s, int player) {
    sb.append('P').append(player).append(" hand: ");
    for (int c = 0; c < s.numCards; c++) {
      if ((s.hands[player] & (1 << c)) != 0) {
        sb.append(c + 1).append(' ');
      }
    }
    sb.append('\n');
  }

  private static void appendWinsAndPoints(StringBuilder sb, GoofspielState s) {
    sb.append("Win sequence: ");
    for (int t = 0; t < s.turn; t++) {
      sb.append(s.winners[t]).append(' ');
    }
    sb.append("\nPoints: ");
    for (int p = 0; p < s.n; p++) {
      sb.append(s.points[p]).append(' ');
    }
    sb.append('\n');
  }

  private static boolean dealt(GoofspielState s, int card) {
    for (int i = 0; i < s.pointsDealt; i++) {
      if (s.pointSequence[i] == card) {
        return true;
      }
    }
    return false;
  }

  static void informationStateTensor(GoofspielState s, int player, float[] out, int offset) {
    Arrays.fill(out, offset, offset + s.game.informationStateTensorSize(), 0f);
    int k = s.numCards;
    int i = writePointTotals(s, player, out, offset);
    i = writeHand(s, player, out, i);
    i = writeWinners(s, out, i);
    for (int t = 0; t < s.pointsDealt; t++) {
      out[i + t * k + s.pointSequence[t]] = 1f;
    }
    i += k * k;
    for (int t = 0; t < s.turn; t++) {
      out[i + t * k + s.bids[t * s.n + player]] = 1f;
    }
  }

  static void observationTensor(GoofspielState s, int player, float[] out, int offset) {
    Arrays.fill(out, offset, offset + s.game.observationTensorSize(), 0f);
    int k = s.numCards;
    int i = offset;
    if (s.currentPointCard() >= 0) {
      out[i + s.currentPointCard()] = 1f;
    }
    i += k;
    for (int c = 0; c < k; c++) {
      out[i + c] = dealt(s, c) ? 0f : 1f;
    }
    i += k;
    i = writePointTotals(s, player, out, i);
    i = writeHand(s, player, out, i);
    writeWinners(s, out, i);
  }

  /** One one-hot point total per player, starting with the observer (OpenSpiel's order). */
  private static int writePointTotals(GoofspielState s, int player, float[] out, int i) {
    int width = s.game.totalPoints() + 1;
    for (int k = 0; k < s.n; k++) {
      int p = (player + k) % s.n;
      out[i + k * width + s.points[p]] = 1f;
    }
    return i + s.n * width;
  }

  private static int writeHand(GoofspielState s, int player, float[] out, int i) {
    for (int c = 0; c < s.numCards; c++) {
      out[i + c] = (s.hands[player] & (1 << c)) != 0 ? 1f : 0f;
    }
    return i + s.numCards;
  }

  private static int writeWinners(GoofspielState s, float[] out, int i) {
    for (int t = 0; t < s.turn; t++) {
      if (s.winners[t] != GoofspielState.TIE) {
        out[i + t * s.n + s.winners[t]] = 1f;
      }
    }
    return i + s.numCards * s.n;
  }

  static String describe(GoofspielState s) {
    StringBuilder sb = new StringBuilder("points cards");
    for (int i = 0; i < s.pointsDealt; i++) {
      sb.append(' ').append(s.pointSequence[i] + 1);
    }
    for (int p = 0; p < s.n; p++) {
      sb.append(" | P").append(p).append(" bids");
      for (int t = 0; t < s.turn; t++) {
        sb.append(' ').append(s.bids[t * s.n + p] + 1);
      }
    }
    sb.append(" | points ").append(Arrays.toString(s.points));
    return sb.toString();
  }
}
