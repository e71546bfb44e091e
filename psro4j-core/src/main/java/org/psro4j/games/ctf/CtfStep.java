package org.psro4j.games.ctf;

import static org.psro4j.games.ctf.CtfState.BACKWARD;
import static org.psro4j.games.ctf.CtfState.FORWARD;
import static org.psro4j.games.ctf.CtfState.STEP_LEFT;
import static org.psro4j.games.ctf.CtfState.STEP_RIGHT;
import static org.psro4j.games.ctf.CtfState.TAG;
import static org.psro4j.games.ctf.CtfState.TURN_LEFT;
import static org.psro4j.games.ctf.CtfState.TURN_RIGHT;

/**
 * The rules of one step of {@link CaptureTheFlag}, in the order the game's description gives: tags,
 * turns, moves, flags, captures, respawns. Nothing depends on the order of players.
 */
final class CtfStep {

  private CtfStep() {}

  /** Plays one joint action on {@code s} (already validated) and returns the step's rewards. */
  static double[] play(CtfState s, int[] actions) {
    int n = s.n;
    double[] rewards = new double[n];
    double[] potentials = CtfProgress.potentials(s);
    boolean[] tagged = tags(s, actions, rewards);
    for (int p = 0; p < n; p++) {
      if (s.cell[p] >= 0 && actions[p] == TURN_LEFT) {
        s.facing[p] = (s.facing[p] + 3) % 4;
      } else if (s.cell[p] >= 0 && actions[p] == TURN_RIGHT) {
        s.facing[p] = (s.facing[p] + 1) % 4;
      }
    }
    moves(s, actions);
    flags(s, rewards);
    captures(s, rewards);
    respawns(s, tagged);
    CtfProgress.reward(s, potentials, rewards);
    return rewards;
  }

  /** The cell the beam of {@code p} hits a player on, or -1; it stops at walls. */
  static int beamTarget(CtfState s, int p) {
    CtfArena arena = s.arena;
    int r = arena.row(s.cell[p]);
    int c = arena.col(s.cell[p]);
    int dir = s.facing[p];
    for (int k = 1; k <= s.game.beam; k++) {
      r += CtfArena.DROW[dir];
      c += CtfArena.DCOL[dir];
      if (arena.blocked(r, c)) {
        return -1;
      }
      int target = arena.cell(r, c);
      for (int q = 0; q < s.n; q++) {
        if (s.cell[q] == target) {
          return q;
        }
      }
    }
    return -1;
  }

  /** Tags from positions before anyone moves; returns who was tagged. */
  private static boolean[] tags(CtfState s, int[] actions, double[] rewards) {
    int n = s.n;
    boolean[] tagged = new boolean[n];
    double shaping = s.game.shaping;
    for (int p = 0; p < n; p++) {
      if (s.cell[p] < 0 || actions[p] != TAG) {
        continue;
      }
      int q = beamTarget(s, p);
      if (q >= 0 && CaptureTheFlag.team(q) != CaptureTheFlag.team(p)) {
        tagged[q] = true;
        rewards[p] += shaping;
        if (s.flagCarrier[CaptureTheFlag.team(p)] == q) {
          rewards[p] += shaping;
        }
      }
    }
    for (int q = 0; q < n; q++) {
      if (!tagged[q]) {
        continue;
      }
      for (int t = 0; t < 2; t++) {
        if (s.flagCarrier[t] == q) {
          s.flag[t] = CtfState.Flag.DROPPED;
          s.flagCarrier[t] = -1;
          s.flagCell[t] = s.cell[q];
        }
      }
      s.cell[q] = -1;
      s.outFor[q] = s.game.respawn;
    }
    return tagged;
  }

  /** The direction an action moves a player facing {@code facing}, or -1 for no move. */
  static int moveDirection(int action, int facing) {
    return switch (action) {
      case FORWARD -> facing;
      case BACKWARD -> (facing + 2) % 4;
      case STEP_LEFT -> (facing + 3) % 4;
      case STEP_RIGHT -> (facing + 1) % 4;
      default -> -1;
    };
  }

  /**
   * Moves every player that can: a move fails into a wall, onto a cell another player also enters
   * or stays on, or into a swap; failures can make more moves fail, so it repeats to a fixed point.
   */
  private static void moves(CtfState s, int[] actions) {
    int n = s.n;
    int[] target = new int[n];
    for (int p = 0; p < n; p++) {
      target[p] = s.cell[p];
      if (s.cell[p] >= 0) {
        int dir = moveDirection(actions[p], s.facing[p]);
        if (dir >= 0) {
          int next = s.arena.step(s.cell[p], dir);
          if (next >= 0) {
            target[p] = next;
          }
        }
      }
    }
    // Everyone heading for one cell fails together; then a failed or staying player blocks its
    // cell, which can make further moves fail.
    int[] intended = target.clone();
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        if (q != p && s.cell[p] >= 0 && s.cell[q] >= 0 && intended[q] == intended[p]) {
          target[p] = s.cell[p];
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int p = 0; p < n; p++) {
        if (target[p] == s.cell[p]) {
          continue;
        }
        for (int q = 0; q < n; q++) {
          boolean blocked = q != p && s.cell[q] >= 0 && target[q] == target[p];
          boolean swap = q != p && target[q] == s.cell[p] && s.cell[q] == target[p];
          if (blocked || swap) {
            target[p] = s.cell[p];
            changed = true;
            break;
          }
        }
      }
    }
    System.arraycopy(target, 0, s.cell, 0, n);
  }

  private static void flags(CtfState s, double[] rewards) {
    double shaping = s.game.shaping;
    for (int t = 0; t < 2; t++) {
      if (s.flag[t] == CtfState.Flag.CARRIED) {
        s.flagCell[t] = s.cell[s.flagCarrier[t]];
        continue;
      }
      int on = playerOn(s, s.flagCell[t]);
      if (on < 0) {
        continue;
      }
      if (CaptureTheFlag.team(on) == t) {
        if (s.flag[t] == CtfState.Flag.DROPPED) {
          s.flag[t] = CtfState.Flag.HOME;
          s.flagCell[t] = s.arena.home(t);
          rewards[on] += shaping;
        }
      } else {
        s.flag[t] = CtfState.Flag.CARRIED;
        s.flagCarrier[t] = on;
        rewards[on] += shaping;
      }
    }
  }

  private static void captures(CtfState s, double[] rewards) {
    boolean[] scored = new boolean[2];
    for (int t = 0; t < 2; t++) {
      int enemy = 1 - t;
      int carrier = s.flagCarrier[enemy];
      if (carrier >= 0 && s.flag[t] == CtfState.Flag.HOME && s.cell[carrier] == s.arena.home(t)) {
        scored[t] = true;
      }
    }
    for (int t = 0; t < 2; t++) {
      if (!scored[t]) {
        continue;
      }
      int enemy = 1 - t;
      s.captures[t]++;
      s.flag[enemy] = CtfState.Flag.HOME;
      s.flagCarrier[enemy] = -1;
      s.flagCell[enemy] = s.arena.home(enemy);
      for (int p = 0; p < s.n; p++) {
        rewards[p] += CaptureTheFlag.team(p) == t ? 1 : -1;
      }
    }
  }

  /**
   * A player tagged in step k acts with {@code stay} only in steps k+1 .. k+respawn and is back on
   * its spawn cell after step k+respawn (later if someone stands there).
   */
  private static void respawns(CtfState s, boolean[] taggedNow) {
    for (int p = 0; p < s.n; p++) {
      if (s.cell[p] >= 0 || taggedNow[p]) {
        continue;
      }
      if (s.outFor[p] > 1) {
        s.outFor[p]--;
        continue;
      }
      int team = CaptureTheFlag.team(p);
      int spawn = s.arena.spawn(team, p / 2);
      if (playerOn(s, spawn) < 0) {
        s.cell[p] = spawn;
        s.facing[p] = team == 0 ? 2 : 0;
        s.outFor[p] = 0;
      } else {
        s.outFor[p] = 1;
      }
    }
  }

  static int playerOn(CtfState s, int cell) {
    for (int q = 0; q < s.n; q++) {
      if (s.cell[q] == cell) {
        return q;
      }
    }
    return -1;
  }
}
