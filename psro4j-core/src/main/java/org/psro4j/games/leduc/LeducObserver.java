package org.psro4j.games.leduc;

import java.util.Arrays;

/**
 * What a player of {@link LeducPoker} sees, as strings and tensors laid out as OpenSpiel's {@code
 * LeducObserver} lays them out, so that policies keyed by OpenSpiel's information-state strings
 * read the same here.
 *
 * <p>The information-state string (perfect recall) is {@code [Observer: p][Private: c][Round
 * r][Player: q][Pot: x][Money: m0 m1][Public: c][Round1: 1 2][Round2: ]}: the observer's private
 * card, the public card once dealt, and each round's betting sequence as action ids. The
 * observation string replaces the sequences by each player's pot contribution.
 */
final class LeducObserver {

  private LeducObserver() {}

  static String informationStateString(LeducState s, int player) {
    StringBuilder sb = publicPrefix(s, player);
    sb.append("[Round1: ");
    appendSequence(sb, s, 0);
    sb.append("][Round2: ");
    appendSequence(sb, s, 1);
    return sb.append(']').toString();
  }

  static String observationString(LeducState s, int player) {
    StringBuilder sb = publicPrefix(s, player);
    sb.append("[Ante:");
    for (int p = 0; p < s.n; p++) {
      sb.append(' ').append(s.ante[p]);
    }
    return sb.append(']').toString();
  }

  private static StringBuilder publicPrefix(LeducState s, int player) {
    StringBuilder sb = new StringBuilder(96);
    sb.append("[Observer: ").append(player).append("][Private: ").append(s.privateCards[player]);
    sb.append("][Round ").append(s.round).append("][Player: ").append(s.curPlayer);
    // OpenSpiel pays the pot out at the terminal, leaving it empty and the money settled.
    sb.append("][Pot: ").append(s.terminal ? 0 : s.pot).append("][Money:");
    double[] returns = s.terminal ? s.returns() : null;
    for (int p = 0; p < s.n; p++) {
      double money =
          returns == null
              ? LeducPoker.STARTING_MONEY - s.ante[p]
              : LeducPoker.STARTING_MONEY + returns[p];
      sb.append(' ');
      if (money == Math.rint(money)) {
        sb.append((long) money);
      } else {
        sb.append(money);
      }
    }
    sb.append(']');
    if (s.publicCard != LeducState.NO_CARD) {
      sb.append("[Public: ").append(s.publicCard).append(']');
    }
    return sb;
  }

  /** The round's action ids separated by spaces. */
  private static void appendSequence(StringBuilder sb, LeducState s, int round) {
    for (int i = 0; i < s.sequenceLengths[round]; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(s.sequences[round][i]);
    }
  }

  static void informationStateTensor(LeducState s, int player, float[] out, int offset) {
    int size = s.game.informationStateTensorSize();
    Arrays.fill(out, offset, offset + size, 0f);
    int i = writeCards(s, player, out, offset);
    int slots = s.game.maxBetsPerRound();
    for (int round = 0; round < 2; round++) {
      for (int k = 0; k < s.sequenceLengths[round]; k++) {
        int action = s.sequences[round][k];
        int base = i + 2 * (round * slots + k);
        if (action == LeducPoker.CALL) {
          out[base] = 1f;
        } else if (action == LeducPoker.RAISE) {
          out[base + 1] = 1f;
        }
      }
    }
  }

  static void observationTensor(LeducState s, int player, float[] out, int offset) {
    int size = s.game.observationTensorSize();
    Arrays.fill(out, offset, offset + size, 0f);
    int i = writeCards(s, player, out, offset);
    for (int p = 0; p < s.n; p++) {
      out[i + p] = s.ante[p];
    }
  }

  /** Observer one-hot, private card one-hot, public card one-hot; returns the next free index. */
  private static int writeCards(LeducState s, int player, float[] out, int offset) {
    int cards = s.game.numCards();
    out[offset + player] = 1f;
    int i = offset + s.n;
    if (s.privateCards[player] != LeducState.NO_CARD) {
      out[i + s.privateCards[player]] = 1f;
    }
    i += cards;
    if (s.publicCard != LeducState.NO_CARD) {
      out[i + s.publicCard] = 1f;
    }
    return i + cards;
  }

  static String describe(LeducState s) {
    StringBuilder sb = new StringBuilder("cards");
    for (int p = 0; p < s.n; p++) {
      sb.append(' ').append(p < s.privatesDealt ? Integer.toString(s.privateCards[p]) : "-");
    }
    if (s.publicCard != LeducState.NO_CARD) {
      sb.append(" public ").append(s.publicCard);
    }
    sb.append(" | round1: ");
    appendSequence(sb, s, 0);
    sb.append(" | round2: ");
    appendSequence(sb, s, 1);
    sb.append(" | pot ").append(s.pot);
    if (s.terminal) {
      sb.append(" | terminal");
    }
    return sb.toString();
  }
}
