package org.psro4j.game;

import java.util.Arrays;

/**
 * Row-major indexing of joint actions (a mixed-radix number: the last component varies fastest),
 * shared by the games that number several players' or seats' actions as one: normal-form games,
 * {@link TeamView}'s team actions and its enumeration of legal team actions.
 */
public final class JointActions {

  private JointActions() {}

  /**
   * The index of {@code actions} where component {@code i} ranges over {@code 0..sizes[i]-1}; the
   * message names a component out of range.
   */
  public static int index(int[] actions, int[] sizes) {
    if (actions.length != sizes.length) {
      throw new IllegalArgumentException(
          "joint action " + Arrays.toString(actions) + " needs " + sizes.length + " entries");
    }
    int index = 0;
    for (int i = 0; i < actions.length; i++) {
      if (actions[i] < 0 || actions[i] >= sizes[i]) {
        throw new IllegalArgumentException(
            "action " + actions[i] + " of player " + i + " is not in 0.." + (sizes[i] - 1));
      }
      index = index * sizes[i] + actions[i];
    }
    return index;
  }

  /** The components of joint action {@code index} (the inverse of {@link #index}). */
  public static int[] actions(int index, int[] sizes) {
    int[] out = new int[sizes.length];
    for (int i = sizes.length - 1; i >= 0; i--) {
      out[i] = index % sizes[i];
      index /= sizes[i];
    }
    return out;
  }

  /** The number of joint actions, {@code sizes}' product; fails past {@code Integer.MAX_VALUE}. */
  public static int count(int[] sizes) {
    long n = 1;
    for (int s : sizes) {
      n *= s;
      if (n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "too many joint actions: " + Arrays.toString(sizes) + " multiply past 2^31");
      }
    }
    return (int) n;
  }
}
