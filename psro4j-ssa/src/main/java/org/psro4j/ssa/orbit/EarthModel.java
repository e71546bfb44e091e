package org.psro4j.ssa.orbit;

/**
 * The Earth as the propagator and the visibility test see it: gravitational parameter, equatorial
 * radius and the second zonal harmonic J2 (the oblateness term that makes orbit planes precess).
 *
 * @param mu gravitational parameter in km³/s²
 * @param equatorialRadius equatorial radius in km, also the occulting sphere's radius
 * @param j2 unnormalised second zonal coefficient (−C20)
 */
public record EarthModel(double mu, double equatorialRadius, double j2) {

  /** EGM96 / WGS84 values: μ = 398600.4418 km³/s², Rₑ = 6378.137 km, J2 = 1.08262668e-3. */
  public static final EarthModel EGM96 = new EarthModel(398600.4418, 6378.137, 1.08262668e-3);

  /** The same Earth without oblateness: pure two-body motion. */
  public EarthModel withoutJ2() {
    return new EarthModel(mu, equatorialRadius, 0.0);
  }

  public EarthModel {
    if (!(mu > 0) || !Double.isFinite(mu)) {
      throw new IllegalArgumentException("mu=" + mu + " must be positive");
    }
    if (!(equatorialRadius > 0) || !Double.isFinite(equatorialRadius)) {
      throw new IllegalArgumentException(
          "equatorialRadius=" + equatorialRadius + " must be positive");
    }
    if (!Double.isFinite(j2)) {
      throw new IllegalArgumentException("j2=" + j2 + " must be finite");
    }
  }
}
