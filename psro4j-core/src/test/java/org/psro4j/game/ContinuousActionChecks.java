package org.psro4j.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The conformance checks of a {@link ContinuousState} decision node: indexed actions are refused,
 * and vectors that are too short, too long, outside {@code [0,1]} or NaN are rejected with {@link
 * IllegalArgumentException}, leaving the state as it was.
 */
final class ContinuousActionChecks {

  private ContinuousActionChecks() {}

  /** A random vector in {@code [0,1]^d}; one time in ten a corner (all 0, all 1, or 0/1 mixed). */
  static double[] randomVector(int d, SplittableRandom rng) {
    double[] v = new double[d];
    int kind = rng.nextInt(10);
    for (int i = 0; i < d; i++) {
      v[i] =
          switch (kind) {
            case 0 -> 0.0;
            case 1 -> 1.0;
            case 2 -> rng.nextBoolean() ? 1.0 : 0.0;
            default -> rng.nextDouble();
          };
    }
    return v;
  }

  /** Every malformed vector, in every acting player's slot, must be refused at {@code state}. */
  static void checkRejections(ContinuousState state, SplittableRandom rng) {
    Game game = state.game();
    int d = game.continuousActionSize();
    int n = game.numPlayers();
    assertThatThrownBy(() -> state.copy().apply(0))
        .as("indexed apply at a continuous node")
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> state.copy().apply(new int[n]))
        .as("indexed joint apply at a continuous node")
        .isInstanceOf(RuntimeException.class);
    for (double[] bad : malformed(d, rng)) {
      if (state.isSimultaneousNode()) {
        for (int p = 0; p < n; p++) {
          if (!state.actsContinuously(p)) {
            continue;
          }
          double[][] joint = new double[n][];
          for (int q = 0; q < n; q++) {
            joint[q] = q == p ? bad : randomVector(d, rng);
          }
          expectRejected(state, s -> s.applyContinuous(joint), "player " + p, bad);
        }
      } else {
        expectRejected(state, s -> s.applyContinuous(bad), "the mover", bad);
      }
    }
    if (state.isSimultaneousNode()) {
      for (int count : new int[] {n - 1, n + 1}) {
        double[][] joint = new double[count][];
        for (int q = 0; q < count; q++) {
          joint[q] = randomVector(d, rng);
        }
        expectRejected(state, s -> s.applyContinuous(joint), count + " vectors", joint[0]);
      }
      assertThatThrownBy(() -> ((ContinuousState) state.copy()).applyContinuous(new double[d]))
          .as("one vector at a simultaneous node")
          .isInstanceOf(RuntimeException.class);
    } else {
      assertThatThrownBy(() -> ((ContinuousState) state.copy()).applyContinuous(new double[n][d]))
          .as("a joint action at a turn-based node")
          .isInstanceOf(RuntimeException.class);
    }
  }

  private static double[][] malformed(int d, SplittableRandom rng) {
    double[] low = randomVector(d, rng);
    low[rng.nextInt(d)] = -1e-9;
    double[] high = randomVector(d, rng);
    high[rng.nextInt(d)] = 1.5;
    double[] nan = randomVector(d, rng);
    nan[rng.nextInt(d)] = Double.NaN;
    double[] infinite = randomVector(d, rng);
    infinite[rng.nextInt(d)] = Double.POSITIVE_INFINITY;
    return new double[][] {
      low, high, nan, infinite, randomVector(d + 1, rng), Arrays.copyOf(low, d - 1)
    };
  }

  private static void expectRejected(
      ContinuousState state, Consumer<ContinuousState> move, String who, double[] bad) {
    ContinuousState probe = (ContinuousState) state.copy();
    String before = probe.toString();
    assertThatThrownBy(() -> move.accept(probe))
        .as("%s playing %s at %s", who, Arrays.toString(bad), state)
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(probe.toString()).as("state after a rejected action").isEqualTo(before);
    assertThat(probe.currentPlayer()).isEqualTo(state.currentPlayer());
  }
}
