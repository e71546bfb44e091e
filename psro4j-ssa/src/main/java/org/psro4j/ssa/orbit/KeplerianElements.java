package org.psro4j.ssa.orbit;

/**
 * Classical (mean) Keplerian elements at the scenario epoch, in km and radians.
 *
 * @param semiMajorAxis a, km, larger than zero
 * @param eccentricity e in [0, 1): closed orbits only
 * @param inclination i in [0, π]
 * @param raan right ascension of the ascending node Ω
 * @param argumentOfPerigee ω
 * @param meanAnomaly M at the epoch
 */
public record KeplerianElements(
    double semiMajorAxis,
    double eccentricity,
    double inclination,
    double raan,
    double argumentOfPerigee,
    double meanAnomaly) {

  public KeplerianElements {
    if (!(semiMajorAxis > 0) || !Double.isFinite(semiMajorAxis)) {
      throw new IllegalArgumentException("semiMajorAxis=" + semiMajorAxis + " must be positive");
    }
    if (!(eccentricity >= 0 && eccentricity < 1)) {
      throw new IllegalArgumentException("eccentricity=" + eccentricity + " must be in [0, 1)");
    }
    if (!(inclination >= 0 && inclination <= Math.PI)) {
      throw new IllegalArgumentException("inclination=" + inclination + " must be in [0, pi]");
    }
    if (!Double.isFinite(raan) || !Double.isFinite(argumentOfPerigee)) {
      throw new IllegalArgumentException(
          "raan=" + raan + " and argumentOfPerigee=" + argumentOfPerigee + " must be finite");
    }
    if (!Double.isFinite(meanAnomaly)) {
      throw new IllegalArgumentException("meanAnomaly=" + meanAnomaly + " must be finite");
    }
  }

  /**
   * A circular orbit at {@code altitudeKm} above a sphere of radius {@code earthRadiusKm}; the
   * argument of latitude is carried by the mean anomaly (ω = 0).
   */
  public static KeplerianElements circular(
      double earthRadiusKm,
      double altitudeKm,
      double inclinationDeg,
      double raanDeg,
      double argumentOfLatitudeDeg) {
    return new KeplerianElements(
        earthRadiusKm + altitudeKm,
        0.0,
        Math.toRadians(inclinationDeg),
        Math.toRadians(raanDeg),
        0.0,
        Math.toRadians(argumentOfLatitudeDeg));
  }

  /** Semi-latus rectum p = a(1 − e²), km. */
  public double semiLatusRectum() {
    return semiMajorAxis * (1 - eccentricity * eccentricity);
  }

  /** Perigee altitude above a sphere of radius {@code earthRadiusKm}, km. */
  public double perigeeAltitude(double earthRadiusKm) {
    return semiMajorAxis * (1 - eccentricity) - earthRadiusKm;
  }
}
