package org.psro4j.games.leduc;

import java.util.Arrays;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.State;

/**
 * A state of {@link LeducPoker}. Transitions only update integers and small arrays; strings and
 * tensors are built on request by {@link LeducObserver}.
 */
final class LeducState implements State {

  /** A card not dealt yet, written as OpenSpiel writes it. */
  static final int NO_CARD = -10000;

  private static final int[] CALL_RAISE = {LeducPoker.CALL, LeducPoker.RAISE};
  private static final int[] FOLD_CALL_RAISE = {LeducPoker.FOLD, LeducPoker.CALL, LeducPoker.RAISE};
  private static final int[] CALL = {LeducPoker.CALL};
  private static final int[] FOLD_CALL = {LeducPoker.FOLD, LeducPoker.CALL};

  final LeducPoker game;
  final int n;
  final int[] privateCards;
  int privatesDealt;
  int publicCard = NO_CARD;
  private long dealtMask;
  int round = 1;
  private int stakes = 1;
  private int numRaises;
  private int numCalls;
  private int remaining;
  int pot;
  final int[] ante;
  private int foldedMask;
  final byte[][] sequences;
  final int[] sequenceLengths = new int[2];

  /** As OpenSpiel's {@code cur_player_}: chance, or the last player to act once terminal. */
  int curPlayer = CHANCE;

  boolean terminal;

  LeducState(LeducPoker game) {
    this.game = game;
    this.n = game.numPlayers();
    this.privateCards = new int[n];
    Arrays.fill(privateCards, NO_CARD);
    this.remaining = n;
    this.pot = n;
    this.ante = new int[n];
    Arrays.fill(ante, 1);
    this.sequences = new byte[2][game.maxBetsPerRound()];
  }

  private LeducState(LeducState o) {
    this.game = o.game;
    this.n = o.n;
    this.privateCards = o.privateCards.clone();
    this.privatesDealt = o.privatesDealt;
    this.publicCard = o.publicCard;
    this.dealtMask = o.dealtMask;
    this.round = o.round;
    this.stakes = o.stakes;
    this.numRaises = o.numRaises;
    this.numCalls = o.numCalls;
    this.remaining = o.remaining;
    this.pot = o.pot;
    this.ante = o.ante.clone();
    this.foldedMask = o.foldedMask;
    this.sequences = new byte[][] {o.sequences[0].clone(), o.sequences[1].clone()};
    this.sequenceLengths[0] = o.sequenceLengths[0];
    this.sequenceLengths[1] = o.sequenceLengths[1];
    this.curPlayer = o.curPlayer;
    this.terminal = o.terminal;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public int currentPlayer() {
    return terminal ? TERMINAL : curPlayer;
  }

  @Override
  public int[] legalActions(int player) {
    if (terminal || player != curPlayer) {
      return new int[0];
    }
    if (curPlayer == CHANCE) {
      int[] out = new int[game.numCards() - Long.bitCount(dealtMask)];
      int k = 0;
      for (int c = 0; c < game.numCards(); c++) {
        if ((dealtMask & (1L << c)) == 0) {
          out[k++] = c;
        }
      }
      return out;
    }
    boolean facingBet = stakes > ante[curPlayer];
    boolean canRaise = numRaises < LeducPoker.MAX_RAISES;
    int[] actions =
        facingBet ? (canRaise ? FOLD_CALL_RAISE : FOLD_CALL) : (canRaise ? CALL_RAISE : CALL);
    return actions.clone();
  }

  @Override
  public ChanceOutcome[] chanceOutcomes() {
    if (terminal || curPlayer != CHANCE) {
      throw new IllegalStateException("not a chance node: " + this);
    }
    int[] cards = legalActions(CHANCE);
    ChanceOutcome[] out = new ChanceOutcome[cards.length];
    double p = 1.0 / cards.length;
    for (int i = 0; i < cards.length; i++) {
      out[i] = new ChanceOutcome(cards[i], p);
    }
    return out;
  }

  boolean isDealt(int card) {
    return (dealtMask & (1L << card)) != 0;
  }

  boolean hasFolded(int player) {
    return (foldedMask & (1 << player)) != 0;
  }

  @Override
  public void apply(int action) {
    if (terminal) {
      throw new IllegalStateException("cannot act in a terminal state: " + this);
    }
    if (curPlayer == CHANCE) {
      deal(action);
      return;
    }
    int player = curPlayer;
    switch (action) {
      case LeducPoker.FOLD -> {
        if (stakes <= ante[player]) {
          throw new IllegalArgumentException("fold is illegal without a bet to face in " + this);
        }
        foldedMask |= 1 << player;
        remaining--;
      }
      case LeducPoker.CALL -> {
        contribute(player, stakes - ante[player]);
        numCalls++;
      }
      case LeducPoker.RAISE -> {
        if (numRaises >= LeducPoker.MAX_RAISES) {
          throw new IllegalArgumentException("no raise left in this round of " + this);
        }
        int raise = round == 1 ? LeducPoker.FIRST_RAISE : LeducPoker.SECOND_RAISE;
        contribute(player, stakes - ante[player] + raise);
        stakes += raise;
        numRaises++;
        numCalls = 0;
      }
      default -> throw new IllegalArgumentException("illegal action " + action + " in " + this);
    }
    sequences[round - 1][sequenceLengths[round - 1]++] = (byte) action;
    boolean roundOver = numRaises == 0 ? numCalls == remaining : numCalls == remaining - 1;
    if (remaining == 1 || (round == 2 && roundOver)) {
      terminal = true;
    } else if (roundOver) {
      round = 2;
      numRaises = 0;
      numCalls = 0;
      curPlayer = CHANCE;
    } else {
      curPlayer = nextActivePlayer(player + 1);
    }
  }

  private void deal(int card) {
    if (card < 0 || card >= game.numCards() || isDealt(card)) {
      throw new IllegalArgumentException("illegal deal " + card + " in " + this);
    }
    dealtMask |= 1L << card;
    if (privatesDealt < n) {
      privateCards[privatesDealt++] = card;
      if (privatesDealt == n) {
        curPlayer = 0;
      }
    } else {
      publicCard = card;
      curPlayer = nextActivePlayer(0);
    }
  }

  private void contribute(int player, int amount) {
    ante[player] += amount;
    pot += amount;
  }

  private int nextActivePlayer(int from) {
    for (int i = 0; i < n; i++) {
      int p = (from + i) % n;
      if (!hasFolded(p)) {
        return p;
      }
    }
    throw new IllegalStateException("every player has folded in " + this);
  }

  @Override
  public State copy() {
    return new LeducState(this);
  }

  /** The private deal in seat order, round 1's bets, the public card, round 2's bets. */
  @Override
  public int[] history() {
    int[] out = new int[privatesDealt + sequenceLengths[0] + 1 + sequenceLengths[1]];
    int k = 0;
    for (int i = 0; i < privatesDealt; i++) {
      out[k++] = privateCards[i];
    }
    for (int i = 0; i < sequenceLengths[0]; i++) {
      out[k++] = sequences[0][i];
    }
    if (publicCard != NO_CARD) {
      out[k++] = publicCard;
    }
    for (int i = 0; i < sequenceLengths[1]; i++) {
      out[k++] = sequences[1][i];
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /** Hand strength at the showdown: a pair with the public card beats any unpaired rank. */
  private int handStrength(int player) {
    int rank = privateCards[player] / 2;
    return rank == publicCard / 2 ? game.numCards() + rank : rank;
  }

  @Override
  public double[] returns() {
    double[] r = new double[n];
    if (!terminal) {
      return r;
    }
    int best = Integer.MIN_VALUE;
    int winners = 0;
    for (int p = 0; p < n; p++) {
      r[p] = -ante[p];
      if (!hasFolded(p)) {
        int strength = remaining == 1 ? 0 : handStrength(p);
        if (strength > best) {
          best = strength;
          winners = 1;
        } else if (strength == best) {
          winners++;
        }
      }
    }
    double share = (double) pot / winners;
    for (int p = 0; p < n; p++) {
      if (!hasFolded(p) && (remaining == 1 || handStrength(p) == best)) {
        r[p] += share;
      }
    }
    return r;
  }

  @Override
  public String informationStateString(int player) {
    return LeducObserver.informationStateString(this, checkPlayer(player));
  }

  @Override
  public String observationString(int player) {
    return LeducObserver.observationString(this, checkPlayer(player));
  }

  @Override
  public void informationStateTensor(int player, float[] out, int offset) {
    LeducObserver.informationStateTensor(this, checkPlayer(player), out, offset);
  }

  @Override
  public void observationTensor(int player, float[] out, int offset) {
    LeducObserver.observationTensor(this, checkPlayer(player), out, offset);
  }

  private int checkPlayer(int player) {
    if (player < 0 || player >= n) {
      throw new IllegalArgumentException("player " + player + " is not in 0.." + (n - 1));
    }
    return player;
  }

  @Override
  public String actionToString(int player, int action) {
    if (player == CHANCE) {
      return "Chance outcome:" + action;
    }
    return switch (action) {
      case LeducPoker.FOLD -> "Fold";
      case LeducPoker.CALL -> "Call";
      case LeducPoker.RAISE -> "Raise";
      default -> throw new IllegalArgumentException("unknown Leduc action " + action);
    };
  }

  @Override
  public String toString() {
    return LeducObserver.describe(this);
  }
}
