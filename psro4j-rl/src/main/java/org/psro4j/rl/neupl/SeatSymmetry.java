package org.psro4j.rl.neupl;

import java.util.Arrays;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.GameType;
import org.psro4j.game.State;

/**
 * The check NeuPL (Liu et al., "NeuPL: Neural Population Learning", ICLR 2022) needs before one
 * population may play both seats: a two-player zero-sum simultaneous-move game whose seats are
 * interchangeable. It walks the tree beside its mirror (every joint action (a, b) played as (b, a),
 * chance outcomes alike) and requires equal legal actions and swapped returns everywhere; it costs
 * one walk of the tree, refused beyond {@value #MAX_NODES} nodes.
 */
public final class SeatSymmetry {

  /** The largest tree the check walks. */
  public static final int MAX_NODES = 2_000_000;

  private SeatSymmetry() {}

  /**
   * Throws {@link IllegalArgumentException} with a one-line reason unless the game is symmetric.
   */
  public static void require(Game game) {
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException(
          "--algo neupl needs a symmetric two-player zero-sum game; "
              + game
              + " has "
              + game.numPlayers()
              + " players");
    }
    if (game.type().utility() != GameType.Utility.ZERO_SUM) {
      throw new IllegalArgumentException(
          "--algo neupl needs a symmetric two-player zero-sum game; "
              + game
              + " is "
              + game.type().utility().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    if (game.type().dynamics() != GameType.Dynamics.SIMULTANEOUS || game.hasContinuousActions()) {
      throw new IllegalArgumentException(
          "--algo neupl needs a symmetric two-player zero-sum game; "
              + game
              + " is not a simultaneous-move game with discrete actions, so its seats differ");
    }
    int[] budget = {MAX_NODES};
    if (!mirrored(game.newInitialState(), game.newInitialState(), budget)) {
      throw new IllegalArgumentException(
          "--algo neupl needs a symmetric two-player zero-sum game; "
              + (budget[0] < 0
                  ? game + "'s tree has more than " + MAX_NODES + " nodes to check"
                  : game + "'s seats are not interchangeable"));
    }
  }

  private static boolean mirrored(State s, State m, int[] budget) {
    if (--budget[0] < 0) {
      return false;
    }
    if (s.isTerminal() || m.isTerminal()) {
      if (s.isTerminal() != m.isTerminal()) {
        return false;
      }
      double[] r = s.returns();
      double[] q = m.returns();
      return Math.abs(r[0] - q[1]) < 1e-9 && Math.abs(r[1] - q[0]) < 1e-9;
    }
    if (s.isChanceNode()) {
      if (!m.isChanceNode()) {
        return false;
      }
      for (ChanceOutcome o : s.chanceOutcomes()) {
        if (!mirrored(s.child(o.action()), m.child(o.action()), budget)) {
          return false;
        }
      }
      return true;
    }
    if (!s.isSimultaneousNode() || !m.isSimultaneousNode()) {
      return false;
    }
    int[] a0 = s.legalActions(0);
    int[] a1 = s.legalActions(1);
    if (!Arrays.equals(a0, m.legalActions(1)) || !Arrays.equals(a1, m.legalActions(0))) {
      return false;
    }
    for (int a : a0) {
      for (int b : a1) {
        State sc = s.copy();
        sc.apply(new int[] {a, b});
        State mc = m.copy();
        mc.apply(new int[] {b, a});
        if (!mirrored(sc, mc, budget)) {
          return false;
        }
      }
    }
    return true;
  }
}
