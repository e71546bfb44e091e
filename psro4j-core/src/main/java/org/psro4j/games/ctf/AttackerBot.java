package org.psro4j.games.ctf;

/**
 * {@code attacker}: goes for the enemy flag by a shortest path and carries it home, tagging
 * opponents in line on the way (a carrier only tags what is already in its beam). While a teammate
 * carries the flag it hunts the nearest opponent (or its own flag's carrier); a carrier waiting at
 * home for its own flag to come back goes after that flag.
 */
final class AttackerBot extends CtfBot {

  @Override
  String name() {
    return "attacker";
  }

  @Override
  int choose(CtfState s, int p) {
    int team = CaptureTheFlag.team(p);
    int enemy = 1 - team;
    if (s.flagCarrier[enemy] == p) {
      int hit = CtfStep.beamTarget(s, p);
      if (hit >= 0 && CaptureTheFlag.team(hit) == enemy) {
        return CtfState.TAG;
      }
      if (s.cell[p] == s.arena.home(team) && s.flag[team] != CtfState.Flag.HOME) {
        return moveToward(s, p, s.flagCell[team]);
      }
      return moveToward(s, p, s.arena.home(team));
    }
    int fight = fight(s, p);
    if (fight >= 0) {
      return fight;
    }
    if (s.flagCarrier[enemy] >= 0) {
      // A teammate has the flag: get our own flag back, else hunt the nearest opponent.
      if (s.flag[team] != CtfState.Flag.HOME) {
        return moveToward(s, p, s.flagCell[team]);
      }
      int target = DefenderBot.post(s, team);
      int nearest = Integer.MAX_VALUE;
      for (int q = enemy; q < s.n; q += 2) {
        if (s.cell[q] >= 0 && s.arena.distance(s.cell[p], s.cell[q]) < nearest) {
          nearest = s.arena.distance(s.cell[p], s.cell[q]);
          target = s.cell[q];
        }
      }
      return moveToward(s, p, target);
    }
    return moveToward(s, p, s.flagCell[enemy]);
  }
}
