package org.psro4j.game;

/**
 * A state of a game with continuous actions ({@link Game#continuousActionSize()} {@code > 0}): at a
 * decision node a player chooses a vector in the unit box {@code [0,1]^d}, {@code d =
 * game().continuousActionSize()}, which the game maps onto its own action set (e.g. an allocation
 * on a simplex). Such nodes have no indexed legal actions ({@link #legalActions(int)} is empty for
 * the deciding players); chance nodes, if any, stay indexed.
 */
public interface ContinuousState extends State {

  /** Whether {@code player} chooses a vector now (at its turn or at a simultaneous node). */
  boolean actsContinuously(int player);

  /** Applies the current player's action vector, each entry in {@code [0,1]}. */
  void applyContinuous(double[] action);

  /** Applies one action vector per player at a simultaneous node, each entry in {@code [0,1]}. */
  void applyContinuous(double[][] jointAction);

  /** A readable form of {@code player}'s action vector, e.g. the allocation it stands for. */
  default String continuousActionToString(int player, double[] action) {
    return java.util.Arrays.toString(action);
  }
}
