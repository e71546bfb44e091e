package org.psro4j.games.ctf;

/**
 * {@code defender}: guards its home tile from a post two cells in front of it, facing the enemy
 * side; goes for opponents that come within four cells of home, chases the carrier of its flag and
 * returns the flag when it is dropped, tagging opponents in line throughout.
 */
final class DefenderBot extends CtfBot {

  /** How close to home an opponent must come before the defender leaves its post. */
  static final int GUARD_RADIUS = 4;

  @Override
  String name() {
    return "defender";
  }

  @Override
  int choose(CtfState s, int p) {
    int team = CaptureTheFlag.team(p);
    int fight = fight(s, p);
    if (fight >= 0) {
      return fight;
    }
    if (s.flag[team] != CtfState.Flag.HOME) {
      return moveToward(s, p, s.flagCell[team]);
    }
    int home = s.arena.home(team);
    int intruder = -1;
    int nearest = Integer.MAX_VALUE;
    for (int q = 1 - team; q < s.n; q += 2) {
      if (s.cell[q] >= 0) {
        int d = s.arena.distance(s.cell[q], home);
        if (d <= GUARD_RADIUS && d < nearest) {
          nearest = d;
          intruder = q;
        }
      }
    }
    if (intruder >= 0) {
      return moveToward(s, p, s.cell[intruder]);
    }
    int post = post(s, team);
    if (s.cell[p] != post) {
      return moveToward(s, p, post);
    }
    int towardEnemy = team == 0 ? 2 : 0;
    int turn = turnToward(s.facing[p], towardEnemy);
    return turn >= 0 ? turn : CtfState.STAY;
  }

  /** Two cells in front of the home tile, toward the enemy (one if that is a wall). */
  static int post(CtfState s, int team) {
    int home = s.arena.home(team);
    int dir = team == 0 ? 2 : 0;
    int one = s.arena.step(home, dir);
    int two = one < 0 ? -1 : s.arena.step(one, dir);
    return two >= 0 ? two : one >= 0 ? one : home;
  }
}
