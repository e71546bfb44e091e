package org.psro4j.ssa.orbit;

import java.util.List;
import java.util.Objects;

/**
 * Positions of a set of bodies at equally spaced step times, precomputed once so that a game step
 * costs table look-ups: ECI positions in km as floats (an ulp is under 2 m below 30 000 km of
 * radius) and, for each body, the unit normal of its orbit plane (r × v), which with the radial
 * direction fixes the body's local orbital frame.
 *
 * <p>Row-major by step: the entries of step t for body b start at {@code 3·(t·bodies + b)}, so a
 * game step reads one contiguous block.
 */
public final class OrbitTable {

  private final int bodies;
  private final int steps;
  private final double stepSeconds;
  private final float[] positions;
  private final float[] normals;

  private OrbitTable(
      int bodies, int steps, double stepSeconds, float[] positions, float[] normals) {
    this.bodies = bodies;
    this.steps = steps;
    this.stepSeconds = stepSeconds;
    this.positions = positions;
    this.normals = normals;
  }

  /**
   * Propagates {@code elements} with {@code propagator} to times {@code 0, stepSeconds, ...,
   * (steps−1)·stepSeconds}.
   */
  public static OrbitTable compute(
      J2SecularPropagator propagator,
      List<KeplerianElements> elements,
      int steps,
      double stepSeconds) {
    Objects.requireNonNull(propagator, "propagator");
    if (steps < 1) {
      throw new IllegalArgumentException("steps=" + steps + " must be at least 1");
    }
    if (!(stepSeconds > 0)) {
      throw new IllegalArgumentException("stepSeconds=" + stepSeconds + " must be positive");
    }
    int n = elements.size();
    float[] positions = new float[3 * n * steps];
    float[] normals = new float[3 * n * steps];
    double[] pv = new double[6];
    for (int b = 0; b < n; b++) {
      KeplerianElements el = elements.get(b);
      for (int t = 0; t < steps; t++) {
        propagator.positionVelocity(el, t * stepSeconds, pv);
        int i = 3 * (t * n + b);
        positions[i] = (float) pv[0];
        positions[i + 1] = (float) pv[1];
        positions[i + 2] = (float) pv[2];
        double hx = pv[1] * pv[5] - pv[2] * pv[4];
        double hy = pv[2] * pv[3] - pv[0] * pv[5];
        double hz = pv[0] * pv[4] - pv[1] * pv[3];
        double h = Math.sqrt(hx * hx + hy * hy + hz * hz);
        normals[i] = (float) (hx / h);
        normals[i + 1] = (float) (hy / h);
        normals[i + 2] = (float) (hz / h);
      }
    }
    return new OrbitTable(n, steps, stepSeconds, positions, normals);
  }

  /** Number of bodies. */
  public int bodies() {
    return bodies;
  }

  /** Number of step times. */
  public int steps() {
    return steps;
  }

  /** Seconds between step times. */
  public double stepSeconds() {
    return stepSeconds;
  }

  /** X coordinate (km, ECI) of {@code body} at {@code step}. */
  public float x(int step, int body) {
    return positions[3 * (step * bodies + body)];
  }

  /** Y coordinate (km, ECI). */
  public float y(int step, int body) {
    return positions[3 * (step * bodies + body) + 1];
  }

  /** Z coordinate (km, ECI). */
  public float z(int step, int body) {
    return positions[3 * (step * bodies + body) + 2];
  }

  /** Component {@code axis} (0, 1, 2) of the unit orbit normal of {@code body} at {@code step}. */
  public float normal(int step, int body, int axis) {
    return normals[3 * (step * bodies + body) + axis];
  }

  /** Distance in km between two bodies at {@code step}. */
  public double distance(int step, int a, int b) {
    double dx = x(step, a) - x(step, b);
    double dy = y(step, a) - y(step, b);
    double dz = z(step, a) - z(step, b);
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  /** Whether the segment between two bodies at {@code step} clears a sphere of {@code radius}. */
  public boolean lineOfSight(int step, int a, int b, double radius) {
    return LineOfSight.clear(
        x(step, a), y(step, a), z(step, a), x(step, b), y(step, b), z(step, b), radius);
  }
}
