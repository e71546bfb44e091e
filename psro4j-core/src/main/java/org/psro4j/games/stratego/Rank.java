package org.psro4j.games.stratego;

/**
 * The seven piece ranks of Barrage Stratego with their ISF strengths (Marshal 10, General 9, Miner
 * 3, Scout 2, Spy 1; the Flag and the Bomb never move) and the letter each prints as: F, B, S, C
 * (sCout), N (miNer), G, M.
 */
enum Rank {
  FLAG('F', 0),
  BOMB('B', 0),
  SPY('S', 1),
  SCOUT('C', 2),
  MINER('N', 3),
  GENERAL('G', 9),
  MARSHAL('M', 10);

  /** All ranks, in tensor-plane order. */
  static final Rank[] ALL = values();

  private final char letter;
  private final int strength;

  Rank(char letter, int strength) {
    this.letter = letter;
    this.strength = strength;
  }

  char letter() {
    return letter;
  }

  int strength() {
    return strength;
  }

  /** Whether a piece of this rank may move (Flag and Bomb never do). */
  boolean movable() {
    return this != FLAG && this != BOMB;
  }
}
