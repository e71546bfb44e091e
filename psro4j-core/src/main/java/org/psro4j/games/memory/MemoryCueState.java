package org.psro4j.games.memory;

import java.util.Arrays;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.State;

/** A state of {@link MemoryCue}: the cues dealt, then the players' moves phase by phase. */
final class MemoryCueState implements State {

  private final MemoryCue game;
  private final int[] history;
  private int length;

  MemoryCueState(MemoryCue game) {
    this.game = game;
    this.history = new int[2 + game.maxGameLength()];
  }

  private MemoryCueState(MemoryCueState other) {
    this.game = other.game;
    this.history = other.history.clone();
    this.length = other.length;
  }

  @Override
  public Game game() {
    return game;
  }

  private int moves() {
    return Math.max(0, length - 2);
  }

  private int phase() {
    return moves() / 2;
  }

  @Override
  public int currentPlayer() {
    if (length < 2) {
      return CHANCE;
    }
    return moves() == game.maxGameLength() ? TERMINAL : moves() % 2;
  }

  private boolean answering() {
    return phase() == game.delay() + 1;
  }

  @Override
  public int[] legalActions(int player) {
    int current = currentPlayer();
    if (player != current || current == TERMINAL) {
      return new int[0];
    }
    if (current == CHANCE || answering()) {
      int[] all = new int[game.cues()];
      for (int c = 0; c < all.length; c++) {
        all[c] = c;
      }
      return all;
    }
    return new int[] {0};
  }

  @Override
  public ChanceOutcome[] chanceOutcomes() {
    if (currentPlayer() != CHANCE) {
      throw new IllegalStateException("not a chance node: " + this);
    }
    ChanceOutcome[] out = new ChanceOutcome[game.cues()];
    for (int c = 0; c < out.length; c++) {
      out[c] = new ChanceOutcome(c, 1.0 / game.cues());
    }
    return out;
  }

  @Override
  public void apply(int action) {
    if (isTerminal()) {
      throw new IllegalStateException("cannot act in a terminal state: " + this);
    }
    if (Arrays.binarySearch(legalActions(currentPlayer()), action) < 0) {
      throw new IllegalArgumentException("illegal action " + action + " in " + this);
    }
    history[length++] = action;
  }

  @Override
  public State copy() {
    return new MemoryCueState(this);
  }

  @Override
  public int[] history() {
    return Arrays.copyOf(history, length);
  }

  @Override
  public double[] returns() {
    if (!isTerminal()) {
      return new double[2];
    }
    int last = 2 + 2 * (game.delay() + 1);
    double score0 = history[last] == history[0] ? 1 : 0;
    double score1 = history[last + 1] == history[1] ? 1 : 0;
    return new double[] {score0 - score1, score1 - score0};
  }

  private void checkPlayer(int player) {
    if (player < 0 || player > 1) {
      throw new IllegalArgumentException("player " + player + " is not a player of " + game);
    }
  }

  /** The player's cue (once dealt) and the current phase: all the player has seen. */
  @Override
  public String informationStateString(int player) {
    checkPlayer(player);
    return "p"
        + player
        + (player < length ? " cue " + history[player] : " no cue")
        + " phase "
        + phase();
  }

  @Override
  public String observationString(int player) {
    checkPlayer(player);
    String kind = phase() == 0 ? "cue " + history[player] : answering() ? "answer" : "wait";
    return length < 2 ? "deal" : kind;
  }

  @Override
  public void observationTensor(int player, float[] out, int offset) {
    checkPlayer(player);
    int cues = game.cues();
    Arrays.fill(out, offset, offset + cues + 3, 0f);
    if (length < 2) {
      return;
    }
    if (phase() == 0) {
      out[offset + history[player]] = 1f;
      out[offset + cues] = 1f;
    } else if (answering()) {
      out[offset + cues + 2] = 1f;
    } else {
      out[offset + cues + 1] = 1f;
    }
  }

  @Override
  public String toString() {
    return "memory_cue" + Arrays.toString(history());
  }
}
