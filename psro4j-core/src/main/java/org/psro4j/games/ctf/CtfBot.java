package org.psro4j.games.ctf;

import static org.psro4j.games.ctf.CtfState.BACKWARD;
import static org.psro4j.games.ctf.CtfState.FORWARD;
import static org.psro4j.games.ctf.CtfState.STAY;
import static org.psro4j.games.ctf.CtfState.STEP_LEFT;
import static org.psro4j.games.ctf.CtfState.STEP_RIGHT;
import static org.psro4j.games.ctf.CtfState.TAG;
import static org.psro4j.games.ctf.CtfState.TURN_LEFT;
import static org.psro4j.games.ctf.CtfState.TURN_RIGHT;

import java.util.Arrays;
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
   * One step along a shortest path to {@code target} around teammates and, unless carrying the
   * enemy flag, around the own home tile (so it stays free for a carrier); when teammates wall the
   * target off, the shortest path ignoring them; stays when already there or boxed in.
   */
  static int moveToward(CtfState s, int p, int target) {
    int here = s.cell[p];
    if (here == target) {
      return STAY;
    }
    int team = CaptureTheFlag.team(p);
    boolean[] blocked = new boolean[s.arena.size * s.arena.size];
    for (int q = team; q < s.n; q += 2) {
      if (q != p && s.cell[q] >= 0) {
        blocked[s.cell[q]] = true;
      }
    }
    if (s.flagCarrier[1 - team] != p) {
      blocked[s.arena.home(team)] = true;
    }
    blocked[target] = false;
    int[] distance = distancesTo(s.arena, target, blocked);
    int bestDir = -1;
    int best = Integer.MAX_VALUE;
    for (int k = 0; k < 4; k++) {
      // Prefer moving forward, then right, back, left, so bots face where they go when they can.
      int dir = (s.facing[p] + k) % 4;
      int next = s.arena.step(here, dir);
      if (next >= 0 && !blocked[next] && distance[next] < best) {
        best = distance[next];
        bestDir = dir;
      }
    }
    return bestDir < 0 ? STAY : relativeMove(s.facing[p], bestDir);
  }

  /** Breadth-first distances to {@code target} over open, unblocked cells. */
  private static int[] distancesTo(CtfArena arena, int target, boolean[] blocked) {
    int[] d = new int[blocked.length];
    Arrays.fill(d, Integer.MAX_VALUE);
    int[] queue = new int[blocked.length];
    int head = 0;
    int tail = 0;
    d[target] = 0;
    queue[tail++] = target;
    while (head < tail) {
      int u = queue[head++];
      for (int dir = 0; dir < 4; dir++) {
        int v = arena.step(u, dir);
        if (v >= 0 && !blocked[v] && d[v] == Integer.MAX_VALUE) {
          d[v] = d[u] + 1;
          queue[tail++] = v;
        }
      }
    }
    return d;
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
