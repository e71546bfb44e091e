package org.psro4j.games.ctf;

/**
 * The {@code progress} shaping of {@link CaptureTheFlag}: potential-based reward shaping (Ng,
 * Harada and Russell, "Policy invariance under reward transformations", ICML 1999) with the
 * potential of a player minus the moves it still needs to score, in units of the home-to-home
 * distance: while it carries the enemy flag, the distance to its own home tile; otherwise the
 * distance to the enemy flag's cell plus that cell's distance to its own home tile. A player who is
 * out counts from its spawn cell. Each step pays {@code progress × (Φ(after) − Φ(before))}, so an
 * episode's sum telescopes to {@code progress × (Φ(end) − Φ(start))}: the shaping points the way to
 * the enemy flag and back without changing which policies are optimal in the undiscounted game.
 */
final class CtfProgress {

  private CtfProgress() {}

  /** Every player's potential in {@code s} (all zero when the game has no progress shaping). */
  static double[] potentials(CtfState s) {
    double[] phi = new double[s.n];
    if (s.game.progress == 0) {
      return phi;
    }
    CtfArena arena = s.arena;
    double unit = arena.distance(arena.home(0), arena.home(1));
    for (int p = 0; p < s.n; p++) {
      int team = CaptureTheFlag.team(p);
      int enemy = 1 - team;
      int home = arena.home(team);
      int at = s.cell[p] >= 0 ? s.cell[p] : arena.spawn(team, p / 2);
      int moves =
          s.flagCarrier[enemy] == p
              ? arena.distance(at, home)
              : arena.distance(at, s.flagCell[enemy]) + arena.distance(s.flagCell[enemy], home);
      phi[p] = -moves / unit;
    }
    return phi;
  }

  /** Adds each player's shaping for the step from potentials {@code before} to {@code s}. */
  static void reward(CtfState s, double[] before, double[] rewards) {
    double progress = s.game.progress;
    if (progress == 0) {
      return;
    }
    double[] after = potentials(s);
    for (int p = 0; p < s.n; p++) {
      rewards[p] += progress * (after[p] - before[p]);
    }
  }

  /**
   * The largest change of a potential over an episode: no more than two longest shortest paths, in
   * units of the home-to-home distance.
   */
  static double range(CtfArena arena) {
    int longest = 0;
    int cells = arena.size * arena.size;
    for (int a = 0; a < cells; a++) {
      for (int b = 0; b < cells; b++) {
        int d = arena.distance(a, b);
        if (d != Integer.MAX_VALUE) {
          longest = Math.max(longest, d);
        }
      }
    }
    return 2.0 * longest / arena.distance(arena.home(0), arena.home(1));
  }
}
