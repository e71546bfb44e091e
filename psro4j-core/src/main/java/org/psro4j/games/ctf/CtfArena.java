package org.psro4j.games.ctf;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The static map of a {@link CaptureTheFlag} game: walls, the two home tiles, spawn cells and
 * shortest-path distances between every pair of open cells. The map is point-symmetric (a 180°
 * rotation swaps the teams), so neither side has an advantage.
 *
 * <p>Cells are numbered {@code row * size + col}, row 0 at the top. Team 0 (red, even players) has
 * its home tile at {@code (1, size/2)}, team 1 (blue, odd players) at {@code (size-2, size/2)}.
 * Directions are 0 north, 1 east, 2 south, 3 west.
 */
final class CtfArena {

  static final int[] DROW = {-1, 0, 1, 0};
  static final int[] DCOL = {0, 1, 0, -1};

  final int size;
  private final boolean[] wall;
  private final int[] home = new int[2];
  private final int[][] spawn = new int[2][2];
  private final int[] distance;

  CtfArena(int size) {
    this.size = size;
    this.wall = new boolean[size * size];
    int mid = size / 2;
    // A bar across the centre, and for larger maps two pairs of blocks that give cover.
    for (int c = mid - 1; c <= mid + 1; c++) {
      wallAt(mid, c);
    }
    if (size >= 9) {
      for (int c : new int[] {2, 3, size - 4, size - 3}) {
        wallAt(mid - 2, c);
      }
    }
    home[0] = cell(1, mid);
    home[1] = mirror(home[0]);
    spawn[0][0] = cell(1, mid - 1);
    spawn[0][1] = cell(1, mid + 1);
    spawn[1][0] = mirror(spawn[0][0]);
    spawn[1][1] = mirror(spawn[0][1]);
    this.distance = allPairsDistances();
  }

  /** Puts a wall at {@code (r, c)} and at its mirror image. */
  private void wallAt(int r, int c) {
    wall[cell(r, c)] = true;
    wall[mirror(cell(r, c))] = true;
  }

  int cell(int row, int col) {
    return row * size + col;
  }

  int row(int cell) {
    return cell / size;
  }

  int col(int cell) {
    return cell % size;
  }

  /** The cell a 180° rotation maps {@code cell} to. */
  int mirror(int cell) {
    return size * size - 1 - cell;
  }

  boolean inside(int row, int col) {
    return row >= 0 && row < size && col >= 0 && col < size;
  }

  /** Whether {@code (row, col)} blocks movement and beams (walls and everything off the map). */
  boolean blocked(int row, int col) {
    return !inside(row, col) || wall[cell(row, col)];
  }

  boolean isWall(int cell) {
    return wall[cell];
  }

  /** The cell next to {@code cell} in direction {@code dir}, or -1 if that is blocked. */
  int step(int cell, int dir) {
    int r = row(cell) + DROW[dir];
    int c = col(cell) + DCOL[dir];
    return blocked(r, c) ? -1 : cell(r, c);
  }

  /** The home tile (where the flag starts and where captures score) of {@code team}. */
  int home(int team) {
    return home[team];
  }

  /** The spawn cell of a team's {@code slot}-th player (player index / 2). */
  int spawn(int team, int slot) {
    return spawn[team][slot];
  }

  /** Moves on a shortest path between open cells; {@link Integer#MAX_VALUE} if unreachable. */
  int distance(int from, int to) {
    return distance[from * size * size + to];
  }

  private int[] allPairsDistances() {
    int n = size * size;
    int[] d = new int[n * n];
    Arrays.fill(d, Integer.MAX_VALUE);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int s = 0; s < n; s++) {
      if (wall[s]) {
        continue;
      }
      d[s * n + s] = 0;
      queue.add(s);
      while (!queue.isEmpty()) {
        int u = queue.poll();
        for (int dir = 0; dir < 4; dir++) {
          int v = step(u, dir);
          if (v >= 0 && d[s * n + v] == Integer.MAX_VALUE) {
            d[s * n + v] = d[s * n + u] + 1;
            queue.add(v);
          }
        }
      }
    }
    return d;
  }
}
