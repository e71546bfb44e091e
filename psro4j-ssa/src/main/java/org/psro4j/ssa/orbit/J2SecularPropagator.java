package org.psro4j.ssa.orbit;

import java.util.Objects;

/**
 * Two-body motion plus the secular effect of J2: the node Ω and the argument of perigee ω drift
 * linearly and the mean anomaly advances at the J2-corrected mean motion; a, e and i stay constant
 * (first-order secular theory, Kozai 1959 / Brouwer 1959; Vallado, "Fundamentals of Astrodynamics
 * and Applications", 4th ed., §9.6):
 *
 * <pre>
 *   n = √(μ/a³),  p = a(1−e²),  k = J2 (Rₑ/p)²
 *   dΩ/dt = −(3/2) n k cos i
 *   dω/dt =  (3/4) n k (5 cos² i − 1)
 *   dM/dt = n [1 + (3/4) k √(1−e²) (3 cos² i − 1)]
 * </pre>
 *
 * <p>The elements are mean elements: the short-periodic J2 oscillations (a few km in LEO) are not
 * modelled, which is the right fidelity for a coverage game and is what the Orekit agreement test
 * compares against (Orekit's DSST with a J2-only zonal model, mean elements). The J2 symmetry axis
 * is the inertial Z axis (precession and nutation of the pole are neglected over a few days). With
 * {@link EarthModel#withoutJ2()} this is exact two-body propagation. Cost: one Kepler solve (a few
 * Newton steps) per position.
 */
public final class J2SecularPropagator {

  /**
   * Secular rates of one orbit, rad/s.
   *
   * @param raanRate dΩ/dt
   * @param argumentOfPerigeeRate dω/dt
   * @param meanAnomalyRate dM/dt, the J2-corrected mean motion
   */
  public record Rates(double raanRate, double argumentOfPerigeeRate, double meanAnomalyRate) {}

  private final EarthModel earth;

  /** A propagator for {@code earth}. */
  public J2SecularPropagator(EarthModel earth) {
    this.earth = Objects.requireNonNull(earth, "earth");
  }

  /** The Earth this propagator uses. */
  public EarthModel earth() {
    return earth;
  }

  /** The secular drift rates of {@code elements}. */
  public Rates rates(KeplerianElements elements) {
    double a = elements.semiMajorAxis();
    double e = elements.eccentricity();
    double n = Math.sqrt(earth.mu() / (a * a * a));
    double ratio = earth.equatorialRadius() / elements.semiLatusRectum();
    double k = earth.j2() * ratio * ratio;
    double cosI = Math.cos(elements.inclination());
    double cos2 = cosI * cosI;
    return new Rates(
        -1.5 * n * k * cosI,
        0.75 * n * k * (5 * cos2 - 1),
        n * (1 + 0.75 * k * Math.sqrt(1 - e * e) * (3 * cos2 - 1)));
  }

  /**
   * Writes the ECI position (km) and the two-body velocity of the drifted elements (km/s) at {@code
   * seconds} after the epoch into {@code out[0..5]}. The velocity ignores the slow drift of Ω and ω
   * (a relative error of order J2); it serves to orient the sensor's local frame.
   */
  public void positionVelocity(KeplerianElements elements, double seconds, double[] out) {
    Rates r = rates(elements);
    double raan = elements.raan() + r.raanRate() * seconds;
    double argumentOfPerigee = elements.argumentOfPerigee() + r.argumentOfPerigeeRate() * seconds;
    double meanAnomaly = elements.meanAnomaly() + r.meanAnomalyRate() * seconds;
    write(elements, raan, argumentOfPerigee, meanAnomaly, out);
  }

  /** The ECI position in km at {@code seconds} after the epoch, as a new array. */
  public double[] position(KeplerianElements elements, double seconds) {
    double[] pv = new double[6];
    positionVelocity(elements, seconds, pv);
    return new double[] {pv[0], pv[1], pv[2]};
  }

  private void write(
      KeplerianElements el,
      double raan,
      double argumentOfPerigee,
      double meanAnomaly,
      double[] out) {
    double a = el.semiMajorAxis();
    double e = el.eccentricity();
    double eccentricAnomaly = solveKepler(meanAnomaly, e);
    double cosE = Math.cos(eccentricAnomaly);
    double sinE = Math.sin(eccentricAnomaly);
    double sqrt1me2 = Math.sqrt(1 - e * e);
    double xp = a * (cosE - e);
    double yp = a * sqrt1me2 * sinE;
    double radius = a * (1 - e * cosE);
    double speedFactor = Math.sqrt(earth.mu() * a) / radius;
    double vxp = -speedFactor * sinE;
    double vyp = speedFactor * sqrt1me2 * cosE;

    double cosO = Math.cos(raan);
    double sinO = Math.sin(raan);
    double cosW = Math.cos(argumentOfPerigee);
    double sinW = Math.sin(argumentOfPerigee);
    double cosI = Math.cos(el.inclination());
    double sinI = Math.sin(el.inclination());
    double px = cosO * cosW - sinO * sinW * cosI;
    double py = sinO * cosW + cosO * sinW * cosI;
    double pz = sinW * sinI;
    double qx = -cosO * sinW - sinO * cosW * cosI;
    double qy = -sinO * sinW + cosO * cosW * cosI;
    double qz = cosW * sinI;
    out[0] = xp * px + yp * qx;
    out[1] = xp * py + yp * qy;
    out[2] = xp * pz + yp * qz;
    out[3] = vxp * px + vyp * qx;
    out[4] = vxp * py + vyp * qy;
    out[5] = vxp * pz + vyp * qz;
  }

  /** Solves Kepler's equation E − e sin E = M by Newton's method, to 1e-14 rad. */
  static double solveKepler(double meanAnomaly, double e) {
    double m = Math.IEEEremainder(meanAnomaly, 2 * Math.PI);
    double eccentricAnomaly = e < 0.8 ? m : Math.PI * Math.signum(m == 0 ? 1 : m);
    for (int iteration = 0; iteration < 50; iteration++) {
      double f = eccentricAnomaly - e * Math.sin(eccentricAnomaly) - m;
      double step = f / (1 - e * Math.cos(eccentricAnomaly));
      eccentricAnomaly -= step;
      if (Math.abs(step) < 1e-14) {
        break;
      }
    }
    return eccentricAnomaly;
  }
}
