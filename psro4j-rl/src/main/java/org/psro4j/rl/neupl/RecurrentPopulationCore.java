package org.psro4j.rl.neupl;

import java.util.Objects;
import org.psro4j.rl.nn.GruNetwork;
import org.psro4j.rl.nn.LstmNetwork;

/**
 * The recurrent core of a frozen population network θ̂ in plain Java: the same arithmetic as {@link
 * GruNetwork} (Cho et al., EMNLP 2014) or {@link LstmNetwork} (Hochreiter and Schmidhuber 1997),
 * one step at a time on float arrays, so a {@link PopulationMember} carries its player's hidden
 * state through an episode without native memory. The core sits between the observation and the
 * ν-conditioned MLP (Liu et al., AAMAS 2024): its state summarises the player's own observations
 * and does not depend on the member, so one state per player serves every member. Immutable.
 */
final class RecurrentPopulationCore {

  private final String type;
  private final int in;
  private final int hidden;
  private final float[][] p;

  /**
   * A core of {@code type} ({@code gru} or {@code lstm}) over {@code inputSize} inputs whose hidden
   * and output size is {@code hiddenSize}; {@code parameters} in {@link
   * org.psro4j.rl.nn.RecurrentCore#parameters()} order (not copied: the caller hands them over).
   */
  RecurrentPopulationCore(String type, int inputSize, int hiddenSize, float[][] parameters) {
    this.type = Objects.requireNonNull(type, "type");
    this.in = inputSize;
    this.hidden = hiddenSize;
    this.p = parameters;
    int gates = gates(type);
    int[] expected =
        "gru".equals(type)
            ? new int[] {
              in * gates * hidden,
              hidden * gates * hidden,
              gates * hidden,
              gates * hidden,
              hidden * hidden,
              hidden
            }
            : new int[] {
              in * gates * hidden, hidden * gates * hidden, gates * hidden, hidden * hidden, hidden
            };
    if (parameters.length != expected.length) {
      throw new IllegalArgumentException(
          parameters.length + " core arrays; a " + type + " core has " + expected.length);
    }
    for (int i = 0; i < expected.length; i++) {
      if (parameters[i].length != expected[i]) {
        throw new IllegalArgumentException(
            type
                + " core array "
                + i
                + " has "
                + parameters[i].length
                + " values, needs "
                + expected[i]);
      }
    }
  }

  /** Number of parameter arrays of a core of {@code type}. */
  static int arrays(String type) {
    return "gru".equals(type) ? 6 : 5;
  }

  private static int gates(String type) {
    return switch (type) {
      case "gru" -> 3;
      case "lstm" -> 4;
      default -> throw new IllegalArgumentException("unknown recurrent core '" + type + "'");
    };
  }

  /** A zero state (h, then c for an LSTM). */
  float[] initialState() {
    return new float[("gru".equals(type) ? 1 : 2) * hidden];
  }

  /**
   * One step: reads {@code x} from {@code offset}, replaces {@code state} by the next state and
   * returns the core's output (the features the conditional MLP reads).
   */
  float[] step(float[] x, int offset, float[] state) {
    float[] h = new float[hidden];
    System.arraycopy(state, 0, h, 0, hidden);
    float[] gx = affine(x, offset, in, p[0], p[2]);
    if ("gru".equals(type)) {
      float[] gh = affine(h, 0, hidden, p[1], p[3]);
      for (int j = 0; j < hidden; j++) {
        float r = sigmoid(gx[j] + gh[j]);
        float z = sigmoid(gx[hidden + j] + gh[hidden + j]);
        float n = (float) Math.tanh(gx[2 * hidden + j] + r * gh[2 * hidden + j]);
        state[j] = (1f - z) * n + z * h[j];
      }
    } else {
      float[] gh = affine(h, 0, hidden, p[1], null);
      for (int j = 0; j < hidden; j++) {
        float i = sigmoid(gx[j] + gh[j]);
        float f = sigmoid(gx[hidden + j] + gh[hidden + j]);
        float g = (float) Math.tanh(gx[2 * hidden + j] + gh[2 * hidden + j]);
        float o = sigmoid(gx[3 * hidden + j] + gh[3 * hidden + j]);
        float c = f * state[hidden + j] + i * g;
        state[hidden + j] = c;
        state[j] = o * (float) Math.tanh(c);
      }
    }
    float[] now = new float[hidden];
    System.arraycopy(state, 0, now, 0, hidden);
    return affine(now, 0, hidden, p[p.length - 2], p[p.length - 1]);
  }

  private static float sigmoid(float v) {
    return (float) (1.0 / (1.0 + Math.exp(-v)));
  }

  /** {@code x[offset..offset+n) W + b} for a row-major {@code [n, out]} matrix. */
  private static float[] affine(float[] x, int offset, int n, float[] w, float[] b) {
    int out = w.length / n;
    float[] z = new float[out];
    if (b != null) {
      System.arraycopy(b, 0, z, 0, out);
    }
    for (int i = 0; i < n; i++) {
      float xi = x[offset + i];
      if (xi == 0f) {
        continue;
      }
      int row = i * out;
      for (int j = 0; j < out; j++) {
        z[j] += xi * w[row + j];
      }
    }
    return z;
  }
}
