package org.psro4j.games.ctf;

import java.util.Arrays;

/**
 * What a {@link CaptureTheFlag} player sees, as tensors and strings.
 *
 * <p><b>Observation tensor.</b> An egocentric window of (2·view+1)² cells rotated so the player's
 * facing is up (the player sits in the centre), {@value #CHANNELS} planes, plane-major: wall or
 * off-map, teammate, opponent, player carrying a flag, own flag on the ground, enemy flag on the
 * ground, own home tile, enemy home tile. Then {@value #SCALARS} numbers: on the map, respawn
 * countdown (fraction of {@code respawn}), carries the enemy flag, teammate carries it, own flag
 * home / carried / dropped, own flag's offset (ahead, right) / size, own home's offset, enemy
 * home's offset, facing one-hot relative to the team's attack direction (toward the enemy side,
 * right, back, left: red's south is blue's north), fraction of the episode left, capture difference
 * / maxCaptures. A player who is out sees an empty window and zero offsets. Since the arena is
 * point-symmetric and everything else is egocentric or team-relative, a position and its mirror
 * image with the colours swapped look the same, so one policy can play either colour.
 *
 * <p><b>Information-state tensor.</b> The observation, the player's last action one-hot, and per
 * opponent (by player index) what it remembers: seen at all, the offset of the cell it was last
 * seen on, and how long ago (fraction of the horizon). All of it follows from the player's history,
 * which is its information-state string.
 */
final class CtfObserver {

  static final int CHANNELS = 8;
  static final int SCALARS = 19;

  private static final int WALL = 0;
  private static final int TEAMMATE = 1;
  private static final int OPPONENT = 2;
  private static final int CARRIER = 3;
  private static final int OWN_FLAG = 4;
  private static final int ENEMY_FLAG = 5;
  private static final int OWN_HOME = 6;
  private static final int ENEMY_HOME = 7;

  private CtfObserver() {}

  static int observationSize(int view) {
    int w = 2 * view + 1;
    return CHANNELS * w * w + SCALARS;
  }

  static int informationStateSize(int view, int players) {
    return observationSize(view) + CaptureTheFlag.NUM_ACTIONS + 4 * (players / 2);
  }

  /** Ahead and right components of the displacement (dr, dc) for a player facing {@code f}. */
  static int ahead(int dr, int dc, int f) {
    return dr * CtfArena.DROW[f] + dc * CtfArena.DCOL[f];
  }

  static int right(int dr, int dc, int f) {
    int g = (f + 1) % 4;
    return dr * CtfArena.DROW[g] + dc * CtfArena.DCOL[g];
  }

  /** The cell window position (i, j) of player {@code p} shows, or -2 off the map. */
  static int windowCell(CtfState s, int p, int i, int j) {
    int v = s.game.view;
    int f = s.facing[p];
    int g = (f + 1) % 4;
    int a = v - i;
    int b = j - v;
    int r = s.arena.row(s.cell[p]) + a * CtfArena.DROW[f] + b * CtfArena.DROW[g];
    int c = s.arena.col(s.cell[p]) + a * CtfArena.DCOL[f] + b * CtfArena.DCOL[g];
    return s.arena.inside(r, c) ? s.arena.cell(r, c) : -2;
  }

  /** The planes set at window position (i, j) for {@code p}, as bits; 0 while p is out. */
  static int mask(CtfState s, int p, int i, int j) {
    if (s.cell[p] < 0) {
      return 0;
    }
    int x = windowCell(s, p, i, j);
    if (x == -2 || s.arena.isWall(x)) {
      return 1 << WALL;
    }
    int team = CaptureTheFlag.team(p);
    int bits = 0;
    int q = CtfStep.playerOn(s, x);
    if (q >= 0) {
      bits |= 1 << (CaptureTheFlag.team(q) == team ? TEAMMATE : OPPONENT);
      if (s.flagCarrier[0] == q || s.flagCarrier[1] == q) {
        bits |= 1 << CARRIER;
      }
    }
    if (s.flag[team] != CtfState.Flag.CARRIED && s.flagCell[team] == x) {
      bits |= 1 << OWN_FLAG;
    }
    if (s.flag[1 - team] != CtfState.Flag.CARRIED && s.flagCell[1 - team] == x) {
      bits |= 1 << ENEMY_FLAG;
    }
    if (s.arena.home(team) == x) {
      bits |= 1 << OWN_HOME;
    }
    if (s.arena.home(1 - team) == x) {
      bits |= 1 << ENEMY_HOME;
    }
    return bits;
  }

  static void writeObservation(CtfState s, int p, float[] out, int offset) {
    int w = 2 * s.game.view + 1;
    int plane = w * w;
    Arrays.fill(out, offset, offset + observationSize(s.game.view), 0f);
    for (int i = 0; i < w; i++) {
      for (int j = 0; j < w; j++) {
        int bits = mask(s, p, i, j);
        for (int ch = 0; bits != 0; ch++, bits >>>= 1) {
          if ((bits & 1) != 0) {
            out[offset + ch * plane + i * w + j] = 1f;
          }
        }
      }
    }
    writeScalars(s, p, out, offset + CHANNELS * plane);
  }

  private static void writeScalars(CtfState s, int p, float[] out, int k) {
    int team = CaptureTheFlag.team(p);
    CaptureTheFlag game = s.game;
    float size = game.arena.size;
    boolean in = s.cell[p] >= 0;
    out[k] = in ? 1f : 0f;
    out[k + 1] = (float) s.outFor[p] / game.respawn;
    out[k + 2] = s.flagCarrier[1 - team] == p ? 1f : 0f;
    int carrier = s.flagCarrier[1 - team];
    out[k + 3] = carrier >= 0 && carrier != p ? 1f : 0f;
    out[k + 4 + s.flag[team].ordinal()] = 1f;
    if (in) {
      int f = s.facing[p];
      int r = s.arena.row(s.cell[p]);
      int c = s.arena.col(s.cell[p]);
      int[] targets = {s.flagCell[team], s.arena.home(team), s.arena.home(1 - team)};
      for (int t = 0; t < 3; t++) {
        int dr = s.arena.row(targets[t]) - r;
        int dc = s.arena.col(targets[t]) - c;
        out[k + 7 + 2 * t] = ahead(dr, dc, f) / size;
        out[k + 8 + 2 * t] = right(dr, dc, f) / size;
      }
    }
    out[k + 13 + (s.facing[p] - attackDirection(team) + 4) % 4] = 1f;
    out[k + 17] = (float) (game.horizon - s.step) / game.horizon;
    out[k + 18] = (float) (s.captures[team] - s.captures[1 - team]) / game.maxCaptures();
  }

  /** The absolute direction a team attacks in: south for red (home at the top), north for blue. */
  static int attackDirection(int team) {
    return team == 0 ? 2 : 0;
  }

  static void writeInformationState(CtfState s, int p, float[] out, int offset) {
    int obs = observationSize(s.game.view);
    Arrays.fill(out, offset, offset + informationStateSize(s.game.view, s.n), 0f);
    writeObservation(s, p, out, offset);
    int k = offset + obs;
    int last = s.history[p].lastAction;
    if (last >= 0) {
      out[k + last] = 1f;
    }
    k += CaptureTheFlag.NUM_ACTIONS;
    float size = s.game.arena.size;
    for (int q = 1 - CaptureTheFlag.team(p); q < s.n; q += 2, k += 4) {
      int seen = s.seenCell[p][q];
      if (seen < 0) {
        continue;
      }
      out[k] = 1f;
      if (s.cell[p] >= 0) {
        int dr = s.arena.row(seen) - s.arena.row(s.cell[p]);
        int dc = s.arena.col(seen) - s.arena.col(s.cell[p]);
        out[k + 1] = ahead(dr, dc, s.facing[p]) / size;
        out[k + 2] = right(dr, dc, s.facing[p]) / size;
      }
      out[k + 3] = (float) (s.step - s.seenStep[p][q]) / s.game.horizon;
    }
  }

  /** Records, for every player on the map, where it sees each opponent now. */
  static void remember(CtfState s) {
    int v = s.game.view;
    for (int p = 0; p < s.n; p++) {
      if (s.cell[p] < 0) {
        continue;
      }
      for (int q = 1 - CaptureTheFlag.team(p); q < s.n; q += 2) {
        if (s.cell[q] >= 0 && visible(s, p, s.cell[q], v)) {
          s.seenCell[p][q] = s.cell[q];
          s.seenStep[p][q] = s.step;
        }
      }
    }
  }

  private static boolean visible(CtfState s, int p, int x, int v) {
    int dr = s.arena.row(x) - s.arena.row(s.cell[p]);
    int dc = s.arena.col(x) - s.arena.col(s.cell[p]);
    return Math.abs(dr) <= v && Math.abs(dc) <= v;
  }

  /**
   * Everything in {@code p}'s observation as a compact string (time, own pose, flag status, score,
   * then the non-empty window cells with their planes and the index of a player standing there).
   */
  static String observationKey(CtfState s, int p) {
    StringBuilder b = header(s, p);
    int w = 2 * s.game.view + 1;
    for (int i = 0; i < w && s.cell[p] >= 0; i++) {
      for (int j = 0; j < w; j++) {
        int bits = mask(s, p, i, j);
        if ((bits & ~(1 << WALL)) != 0) {
          int x = windowCell(s, p, i, j);
          b.append(' ').append(i).append(',').append(j).append('=').append(bits);
          int q = CtfStep.playerOn(s, x);
          if (q >= 0) {
            b.append('p').append(q);
          }
        }
      }
    }
    return b.toString();
  }

  private static StringBuilder header(CtfState s, int p) {
    int team = CaptureTheFlag.team(p);
    StringBuilder b = new StringBuilder();
    b.append('t').append(s.step);
    if (s.cell[p] >= 0) {
      b.append(" at ").append(s.arena.row(s.cell[p])).append(',').append(s.arena.col(s.cell[p]));
      b.append(" facing ").append("NESW".charAt(s.facing[p]));
    } else {
      b.append(" out ").append(s.outFor[p]).append(" facing ").append("NESW".charAt(s.facing[p]));
    }
    b.append(" own flag ").append(s.flag[team].name().toLowerCase());
    b.append(" at ").append(s.flagCell[team]);
    b.append(" carrier ").append(s.flagCarrier[1 - team]);
    b.append(" score ").append(s.captures[team]).append('-').append(s.captures[1 - team]);
    return b;
  }

  /** A readable view: the header and the rotated window, facing up. */
  static String describe(CtfState s, int p) {
    StringBuilder b = header(s, p);
    int w = 2 * s.game.view + 1;
    for (int i = 0; i < w && s.cell[p] >= 0; i++) {
      b.append('\n');
      for (int j = 0; j < w; j++) {
        b.append(i == s.game.view && j == s.game.view ? '@' : symbol(mask(s, p, i, j)));
      }
    }
    return b.toString();
  }

  private static char symbol(int bits) {
    if ((bits & (1 << WALL)) != 0) {
      return '#';
    }
    if ((bits & (1 << TEAMMATE)) != 0) {
      return (bits & (1 << CARRIER)) != 0 ? 'T' : 't';
    }
    if ((bits & (1 << OPPONENT)) != 0) {
      return (bits & (1 << CARRIER)) != 0 ? 'O' : 'o';
    }
    if ((bits & (1 << OWN_FLAG)) != 0) {
      return 'F';
    }
    if ((bits & (1 << ENEMY_FLAG)) != 0) {
      return 'E';
    }
    if ((bits & (1 << OWN_HOME)) != 0) {
      return 'h';
    }
    return (bits & (1 << ENEMY_HOME)) != 0 ? 'e' : '.';
  }

  /** The whole arena, top-down: walls, home tiles (r, b), flags (R, B) and players (0-9). */
  static String drawMap(CtfState s) {
    CtfArena a = s.arena;
    StringBuilder b = new StringBuilder();
    b.append("step ").append(s.step).append(" score ").append(s.captures[0]).append('-');
    b.append(s.captures[1]);
    for (int r = 0; r < a.size; r++) {
      b.append('\n');
      for (int c = 0; c < a.size; c++) {
        int x = a.cell(r, c);
        int q = CtfStep.playerOn(s, x);
        char ch = a.isWall(x) ? '#' : '.';
        if (x == a.home(0)) {
          ch = 'r';
        } else if (x == a.home(1)) {
          ch = 'b';
        }
        if (s.flag[0] != CtfState.Flag.CARRIED && s.flagCell[0] == x) {
          ch = 'R';
        } else if (s.flag[1] != CtfState.Flag.CARRIED && s.flagCell[1] == x) {
          ch = 'B';
        }
        b.append(q >= 0 ? Character.forDigit(q, 10) : ch);
      }
    }
    for (int p = 0; p < s.n; p++) {
      b.append('\n').append(p).append(": ");
      b.append(s.cell[p] >= 0 ? "facing " + "NESW".charAt(s.facing[p]) : "out " + s.outFor[p]);
      if (s.flagCarrier[0] == p || s.flagCarrier[1] == p) {
        b.append(" carrying");
      }
    }
    return b.toString();
  }
}
