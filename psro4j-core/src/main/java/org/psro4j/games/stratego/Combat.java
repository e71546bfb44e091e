package org.psro4j.games.stratego;

/**
 * The ISF combat rules of Stratego (ISF Game Rules, section "Attack"): the higher strength wins;
 * equal ranks are both removed; any piece captures the Flag; a Bomb removes any attacker except a
 * Miner, which defuses it; the Spy defeats the Marshal only when the Spy attacks.
 */
enum Combat {
  /** The attacker removes the defender and takes its square. */
  ATTACKER_WINS,
  /** The attacker is removed; the defender stays. */
  DEFENDER_WINS,
  /** Both pieces are removed. */
  BOTH_REMOVED,
  /** The attacker takes the Flag: the game is won. */
  FLAG_CAPTURED;

  /** The outcome of {@code attacker} (a movable rank) attacking {@code defender}. */
  static Combat resolve(Rank attacker, Rank defender) {
    if (defender == Rank.FLAG) {
      return FLAG_CAPTURED;
    }
    if (defender == Rank.BOMB) {
      return attacker == Rank.MINER ? ATTACKER_WINS : DEFENDER_WINS;
    }
    if (attacker == Rank.SPY && defender == Rank.MARSHAL) {
      return ATTACKER_WINS;
    }
    if (attacker.strength() == defender.strength()) {
      return BOTH_REMOVED;
    }
    return attacker.strength() > defender.strength() ? ATTACKER_WINS : DEFENDER_WINS;
  }
}
