package org.psro4j.games.ctf;

import static org.psro4j.games.ctf.CtfState.BACKWARD;
import static org.psro4j.games.ctf.CtfState.FORWARD;
import static org.psro4j.games.ctf.CtfState.STAY;
import static org.psro4j.games.ctf.CtfState.STEP_LEFT;
import static org.psro4j.games.ctf.CtfState.STEP_RIGHT;
import static org.psro4j.games.ctf.CtfState.TAG;
import static org.psro4j.games.ctf.CtfState.TURN_LEFT;
import static org.psro4j.games.ctf.CtfState.TURN_RIGHT;

import org.psro4j.game.State;
import org.psro4j.policy.Policy;

/**
 * A deterministic capture-the-flag bot: one action per state, chosen by rules that read the whole
 * state (bots are baselines, not players limited to their window). Shared skills: walking a
 * shortest path, and tagging or turning toward an opponent in line within the beam's reach.
 */
abstract sealed class CtfBot implements Policy permits AttackerBot, DefenderBot {

  /** The registry name. */
  abstract String name();

  /** The action of {@code player}, who is on the map. */
  abstract int choose(CtfState s, int player);

  @Override
  public final double[] actionProbabilities(State state, int player) {
    CtfState s = CtfBots.requireState(state);
    if (s.cell[player] < 0) {
      return new double[] {1.0};
    }
    double[] probabilities = new double[CaptureTheFlag.NUM_ACTIONS];
    probabilities[choose(s, player)] = 1.0;
    return probabilities;
  }

  /**
   * Tags an opponent in the beam, or turns toward one standing in line within reach; -1 if there is
   * none.
   */
  static int fight(CtfState s, int p) {
    int hit = CtfStep.beamTarget(s, p);
    if (hit >= 0 && CaptureTheFlag.team(hit) != CaptureTheFlag.team(p)) {
      return TAG;
    }
    for (int turn = 1; turn < 4; turn++) {
      int dir = (s.facing[p] + turn) % 4;
      int q = inLine(s, p, dir);
      if (q >= 0 && CaptureTheFlag.team(q) != CaptureTheFlag.team(p)) {
        return turn == 3 ? TURN_LEFT : TURN_RIGHT;
      }
    }
    return -1;
  }

  /** The first player within beam reach from {@code p} in direction {@code dir}, or -1. */
  private static int inLine(CtfState s, int p, int dir) {
    int r = s.arena.row(s.cell[p]);
    int c = s.arena.col(s.cell[p]);
    for (int k = 1; k <= s.game.beam; k++) {
      r += CtfArena.DROW[dir];
      c += CtfArena.DCOL[dir];
      if (s.arena.blocked(r, c)) {
        return -1;
      }
      int q = CtfStep.playerOn(s, s.arena.cell(r, c));
      if (q >= 0) {
        return q;
      }
    }
    return -1;
  }

  /**
   * One step along a shortest path to {@code target}, avoiding cells a teammate stands on and,
   * unless carrying the enemy flag, the own home tile (so it stays free for a carrier); stays when
   * already there or boxed in.
   */
  static int moveToward(CtfState s, int p, int target) {
    int here = s.cell[p];
    if (here == target) {
      return STAY;
    }
    int bestDir = -1;
    int best = s.arena.distance(here, target);
    for (int k = 0; k < 4; k++) {
      // Prefer moving forward, then sideways, so bots face where they go when they can.
      int dir = (s.facing[p] + k) % 4;
      int next = s.arena.step(here, dir);
      if (next < 0) {
        continue;
      }
      int q = CtfStep.playerOn(s, next);
      int team = CaptureTheFlag.team(p);
      if (q >= 0 && CaptureTheFlag.team(q) == team) {
        continue;
      }
      if (next == s.arena.home(team) && s.flagCarrier[1 - team] != p) {
        continue;
      }
      int d = s.arena.distance(next, target);
      if (d < best) {
        best = d;
        bestDir = dir;
      }
    }
    return bestDir < 0 ? STAY : relativeMove(s.facing[p], bestDir);
  }

  /** The move action that steps in absolute direction {@code dir} for a player facing {@code f}. */
  static int relativeMove(int f, int dir) {
    return switch ((dir - f + 4) % 4) {
      case 0 -> FORWARD;
      case 1 -> STEP_RIGHT;
      case 2 -> BACKWARD;
      default -> STEP_LEFT;
    };
  }

  /** Turns toward absolute direction {@code dir}, or -1 when already facing it. */
  static int turnToward(int f, int dir) {
    int diff = (dir - f + 4) % 4;
    return diff == 0 ? -1 : diff == 3 ? TURN_LEFT : TURN_RIGHT;
  }

  @Override
  public String toString() {
    return name();
  }
}
