package org.psro4j.games.goofspiel;

import java.util.Arrays;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.State;

/** A state of {@link Goofspiel}: hands as bit masks, the point cards, bids and turn winners. */
final class GoofspielState implements State {

  /** Written for a turn nobody won (OpenSpiel's {@code kInvalidPlayer}). */
  static final int TIE = -3;

  final Goofspiel game;
  final int n;
  final int numCards;
  final int[] hands;
  final int[] pointSequence;
  final int[] bids;
  final int[] winners;
  final int[] points;
  int turn;
  int pointsDealt;
  private int current;

  GoofspielState(Goofspiel game) {
    this.game = game;
    this.n = game.numPlayers();
    this.numCards = game.numCards();
    this.hands = new int[n];
    Arrays.fill(hands, (1 << numCards) - 1);
    this.pointSequence = new int[numCards];
    this.bids = new int[numCards * n];
    this.winners = new int[numCards];
    this.points = new int[n];
    if (game.pointsOrder() == Goofspiel.PointsOrder.RANDOM) {
      current = CHANCE;
    } else {
      dealOrdered();
    }
  }

  private GoofspielState(GoofspielState o) {
    this.game = o.game;
    this.n = o.n;
    this.numCards = o.numCards;
    this.hands = o.hands.clone();
    this.pointSequence = o.pointSequence.clone();
    this.bids = o.bids.clone();
    this.winners = o.winners.clone();
    this.points = o.points.clone();
    this.turn = o.turn;
    this.pointsDealt = o.pointsDealt;
    this.current = o.current;
  }

  private void dealOrdered() {
    boolean ascending = game.pointsOrder() == Goofspiel.PointsOrder.ASCENDING;
    pointSequence[pointsDealt++] = ascending ? turn : numCards - 1 - turn;
    current = SIMULTANEOUS;
  }

  private boolean pointCardDealt(int card) {
    for (int i = 0; i < pointsDealt; i++) {
      if (pointSequence[i] == card) {
        return true;
      }
    }
    return false;
  }

  /** The point card of the current turn (0-based, worth one more), or -1 before it is revealed. */
  int currentPointCard() {
    return pointsDealt > turn ? pointSequence[turn] : -1;
  }

  boolean isTerminalTurn() {
    return current == TERMINAL;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public int currentPlayer() {
    return current;
  }

  @Override
  public int[] legalActions(int player) {
    if (current == CHANCE && player == CHANCE) {
      int[] out = new int[numCards - pointsDealt];
      int k = 0;
      for (int c = 0; c < numCards; c++) {
        if (!pointCardDealt(c)) {
          out[k++] = c;
        }
      }
      return out;
    }
    if (current != SIMULTANEOUS || player < 0 || player >= n) {
      return new int[0];
    }
    int[] out = new int[Integer.bitCount(hands[player])];
    int k = 0;
    for (int c = 0; c < numCards; c++) {
      if ((hands[player] & (1 << c)) != 0) {
        out[k++] = c;
      }
    }
    return out;
  }

  @Override
  public ChanceOutcome[] chanceOutcomes() {
    if (current != CHANCE) {
      throw new IllegalStateException("not a chance node: " + this);
    }
    int[] cards = legalActions(CHANCE);
    ChanceOutcome[] out = new ChanceOutcome[cards.length];
    for (int i = 0; i < cards.length; i++) {
      out[i] = new ChanceOutcome(cards[i], 1.0 / cards.length);
    }
    return out;
  }

  @Override
  public void apply(int action) {
    if (current != CHANCE) {
      throw new IllegalStateException(
          current == SIMULTANEOUS
              ? "goofspiel bids are simultaneous: use apply(int[]) in " + this
              : "cannot act in a terminal state: " + this);
    }
    if (action < 0 || action >= numCards || pointCardDealt(action)) {
      throw new IllegalArgumentException("illegal point card " + action + " in " + this);
    }
    pointSequence[pointsDealt++] = action;
    current = SIMULTANEOUS;
  }

  @Override
  public void apply(int[] jointAction) {
    if (current != SIMULTANEOUS) {
      throw new IllegalStateException("not a simultaneous-move node: " + this);
    }
    if (jointAction.length != n) {
      throw new IllegalArgumentException(
          "joint action " + Arrays.toString(jointAction) + " needs " + n + " bids");
    }
    for (int p = 0; p < n; p++) {
      int bid = jointAction[p];
      if (bid < 0 || bid >= numCards || (hands[p] & (1 << bid)) == 0) {
        throw new IllegalArgumentException("player " + p + " cannot bid " + bid + " in " + this);
      }
    }
    playTurn(jointAction);
    if (turn == numCards - 1) {
      // Everyone holds one card and one point card is left: no choice, so it plays itself.
      if (current == CHANCE) {
        apply(legalActions(CHANCE)[0]);
      }
      int[] last = new int[n];
      for (int p = 0; p < n; p++) {
        last[p] = Integer.numberOfTrailingZeros(hands[p]);
      }
      playTurn(last);
    }
  }

  private void playTurn(int[] jointAction) {
    int maxBid = -1;
    int maxCount = 0;
    int maxBidder = -1;
    for (int p = 0; p < n; p++) {
      int bid = jointAction[p];
      bids[turn * n + p] = bid;
      hands[p] &= ~(1 << bid);
      if (bid > maxBid) {
        maxBid = bid;
        maxCount = 1;
        maxBidder = p;
      } else if (bid == maxBid) {
        maxCount++;
      }
    }
    if (maxCount == 1) {
      points[maxBidder] += pointSequence[turn] + 1;
      winners[turn] = maxBidder;
    } else {
      winners[turn] = TIE;
    }
    turn++;
    if (turn == numCards) {
      current = TERMINAL;
    } else if (game.pointsOrder() == Goofspiel.PointsOrder.RANDOM) {
      current = CHANCE;
    } else {
      dealOrdered();
    }
  }

  @Override
  public State copy() {
    return new GoofspielState(this);
  }

  @Override
  public double[] returns() {
    double[] r = new double[n];
    if (current != TERMINAL) {
      return r;
    }
    switch (game.returnsType()) {
      case WIN_LOSS -> {
        int best = Arrays.stream(points).max().orElseThrow();
        int numWinners = (int) Arrays.stream(points).filter(x -> x == best).count();
        if (numWinners < n) {
          for (int p = 0; p < n; p++) {
            r[p] = points[p] == best ? 1.0 / numWinners : -1.0 / (n - numWinners);
          }
        }
      }
      case POINT_DIFFERENCE -> {
        double mean = (double) Arrays.stream(points).sum() / n;
        for (int p = 0; p < n; p++) {
          r[p] = points[p] - mean;
        }
      }
      case TOTAL_POINTS -> {
        for (int p = 0; p < n; p++) {
          r[p] = points[p];
        }
      }
    }
    return r;
  }

  @Override
  public String informationStateString(int player) {
    return GoofspielObserver.informationStateString(this, checkPlayer(player));
  }

  @Override
  public String observationString(int player) {
    return GoofspielObserver.observationString(this, checkPlayer(player));
  }

  @Override
  public void informationStateTensor(int player, float[] out, int offset) {
    GoofspielObserver.informationStateTensor(this, checkPlayer(player), out, offset);
  }

  @Override
  public void observationTensor(int player, float[] out, int offset) {
    GoofspielObserver.observationTensor(this, checkPlayer(player), out, offset);
  }

  private int checkPlayer(int player) {
    if (player < 0 || player >= n) {
      throw new IllegalArgumentException("player " + player + " is not in 0.." + (n - 1));
    }
    return player;
  }

  @Override
  public String actionToString(int player, int action) {
    return player == CHANCE ? "Deal " + (action + 1) : "[P" + player + "]Bid: " + (action + 1);
  }

  @Override
  public String toString() {
    return GoofspielObserver.describe(this);
  }
}
