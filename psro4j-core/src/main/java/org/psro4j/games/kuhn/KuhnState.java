package org.psro4j.games.kuhn;

import java.util.Arrays;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.State;

/** A state of {@link KuhnPoker}: cards dealt so far and the betting history. */
final class KuhnState implements State {

  private final KuhnPoker game;
  private final int n;
  private final int[] cards;
  private int dealt;
  private final int[] actions;
  private int numActions;
  private int firstBettor = -1;

  KuhnState(KuhnPoker game) {
    this.game = game;
    this.n = game.numPlayers();
    this.cards = new int[n];
    this.actions = new int[2 * n - 1];
  }

  private KuhnState(KuhnState other) {
    this.game = other.game;
    this.n = other.n;
    this.cards = other.cards.clone();
    this.dealt = other.dealt;
    this.actions = other.actions.clone();
    this.numActions = other.numActions;
    this.firstBettor = other.firstBettor;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public int currentPlayer() {
    if (dealt < n) {
      return CHANCE;
    }
    if (firstBettor < 0 ? numActions == n : numActions == firstBettor + n) {
      return TERMINAL;
    }
    return numActions % n;
  }

  @Override
  public int[] legalActions(int player) {
    int current = currentPlayer();
    if (player != current || current == TERMINAL) {
      return new int[0];
    }
    if (current == CHANCE) {
      int[] out = new int[n + 1 - dealt];
      int k = 0;
      for (int c = 0; c <= n; c++) {
        if (!isDealt(c)) {
          out[k++] = c;
        }
      }
      return out;
    }
    return new int[] {KuhnPoker.PASS, KuhnPoker.BET};
  }

  private boolean isDealt(int card) {
    for (int i = 0; i < dealt; i++) {
      if (cards[i] == card) {
        return true;
      }
    }
    return false;
  }

  @Override
  public ChanceOutcome[] chanceOutcomes() {
    if (!isChanceNode()) {
      throw new IllegalStateException("not a chance node: " + this);
    }
    int[] remaining = legalActions(CHANCE);
    ChanceOutcome[] out = new ChanceOutcome[remaining.length];
    for (int i = 0; i < remaining.length; i++) {
      out[i] = new ChanceOutcome(remaining[i], 1.0 / remaining.length);
    }
    return out;
  }

  @Override
  public void apply(int action) {
    int current = currentPlayer();
    if (current == TERMINAL) {
      throw new IllegalStateException("cannot act in a terminal state: " + this);
    }
    if (current == CHANCE) {
      if (action < 0 || action > n || isDealt(action)) {
        throw new IllegalArgumentException("illegal deal " + action + " in " + this);
      }
      cards[dealt++] = action;
      return;
    }
    if (action != KuhnPoker.PASS && action != KuhnPoker.BET) {
      throw new IllegalArgumentException("illegal action " + action + " in " + this);
    }
    if (action == KuhnPoker.BET && firstBettor < 0) {
      firstBettor = current;
    }
    actions[numActions++] = action;
  }

  @Override
  public State copy() {
    return new KuhnState(this);
  }

  /** The deal (players' cards in seat order), then the bets. */
  @Override
  public int[] history() {
    int[] out = new int[dealt + numActions];
    System.arraycopy(cards, 0, out, 0, dealt);
    System.arraycopy(actions, 0, out, dealt, numActions);
    return out;
  }

  private int contribution(int player) {
    if (firstBettor < 0) {
      return 1;
    }
    // Player p's only possible bet/call sits at action index p (before the bet) or p + n.
    for (int i = player; i < numActions; i += n) {
      if (actions[i] == KuhnPoker.BET) {
        return 2;
      }
    }
    return 1;
  }

  @Override
  public double[] returns() {
    double[] r = new double[n];
    if (!isTerminal()) {
      return r;
    }
    int pot = 0;
    int winner = -1;
    for (int p = 0; p < n; p++) {
      int c = contribution(p);
      pot += c;
      r[p] = -c;
      boolean inShowdown = firstBettor < 0 || c == 2;
      if (inShowdown && (winner < 0 || cards[p] > cards[winner])) {
        winner = p;
      }
    }
    r[winner] += pot;
    return r;
  }

  @Override
  public String informationStateString(int player) {
    checkPlayer(player);
    StringBuilder sb = new StringBuilder();
    if (player < dealt) {
      sb.append(cards[player]);
    }
    for (int i = 0; i < numActions; i++) {
      sb.append(actions[i] == KuhnPoker.BET ? 'b' : 'p');
    }
    return sb.toString();
  }

  @Override
  public void informationStateTensor(int player, float[] out, int offset) {
    checkPlayer(player);
    Arrays.fill(out, offset, offset + game.informationStateTensorSize(), 0f);
    out[offset + player] = 1f;
    if (player < dealt) {
      out[offset + n + cards[player]] = 1f;
    }
    int base = offset + n + n + 1;
    for (int i = 0; i < numActions; i++) {
      out[base + 2 * i + actions[i]] = 1f;
    }
  }

  @Override
  public String observationString(int player) {
    checkPlayer(player);
    StringBuilder sb = new StringBuilder();
    if (player < dealt) {
      sb.append(cards[player]);
    }
    for (int p = 0; p < n; p++) {
      sb.append(p == 0 ? ' ' : ',').append(contribution(p));
    }
    return sb.toString();
  }

  @Override
  public void observationTensor(int player, float[] out, int offset) {
    checkPlayer(player);
    Arrays.fill(out, offset, offset + game.observationTensorSize(), 0f);
    out[offset + player] = 1f;
    if (player < dealt) {
      out[offset + n + cards[player]] = 1f;
    }
    for (int p = 0; p < n; p++) {
      out[offset + n + n + 1 + p] = contribution(p);
    }
  }

  private void checkPlayer(int player) {
    if (player < 0 || player >= n) {
      throw new IllegalArgumentException("player " + player + " is not in 0.." + (n - 1));
    }
  }

  @Override
  public String actionToString(int player, int action) {
    if (player == CHANCE) {
      return "Deal:" + action;
    }
    return action == KuhnPoker.BET ? "Bet" : "Pass";
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < dealt; i++) {
      sb.append(cards[i]).append(' ');
    }
    for (int i = 0; i < numActions; i++) {
      sb.append(actions[i] == KuhnPoker.BET ? 'b' : 'p');
    }
    return sb.toString().strip();
  }
}
