package org.psro4j.ssa.orbit;

import java.util.ArrayList;
import java.util.List;

/**
 * A Walker-delta constellation i: t/p/f (Walker, "Satellite constellations", J. British
 * Interplanetary Society 37, 1984): {@code total} circular satellites in {@code planes} planes of
 * equal inclination, nodes spread evenly over 360°, satellites spread evenly in each plane, and the
 * satellites of adjacent planes shifted by {@code phasing}·360°/t in argument of latitude.
 *
 * @param total satellites t, a multiple of {@code planes}
 * @param planes orbital planes p
 * @param phasing relative phasing f in 0..p−1
 * @param altitudeKm circular altitude above the equatorial radius
 * @param inclinationDeg inclination i of every plane
 * @param raanOffsetDeg node of the first plane, to set one constellation against another
 */
public record WalkerDelta(
    int total,
    int planes,
    int phasing,
    double altitudeKm,
    double inclinationDeg,
    double raanOffsetDeg) {

  public WalkerDelta {
    if (planes < 1) {
      throw new IllegalArgumentException("planes=" + planes + " must be at least 1");
    }
    if (total < 1 || total % planes != 0) {
      throw new IllegalArgumentException(
          "total=" + total + " must be a positive multiple of planes=" + planes);
    }
    if (phasing < 0 || phasing >= planes) {
      throw new IllegalArgumentException("phasing=" + phasing + " must be in 0.." + (planes - 1));
    }
    if (!(altitudeKm > 0)) {
      throw new IllegalArgumentException("altitudeKm=" + altitudeKm + " must be positive");
    }
    if (!(inclinationDeg >= 0 && inclinationDeg <= 180)) {
      throw new IllegalArgumentException(
          "inclinationDeg=" + inclinationDeg + " must be in [0, 180]");
    }
  }

  /**
   * The elements of every satellite, plane by plane, over a sphere of radius {@code earthRadiusKm}.
   */
  public List<KeplerianElements> elements(double earthRadiusKm) {
    int perPlane = total / planes;
    List<KeplerianElements> out = new ArrayList<>(total);
    for (int plane = 0; plane < planes; plane++) {
      double raan = raanOffsetDeg + 360.0 * plane / planes;
      for (int k = 0; k < perPlane; k++) {
        double argumentOfLatitude = 360.0 * k / perPlane + 360.0 * phasing * plane / total;
        out.add(
            KeplerianElements.circular(
                earthRadiusKm, altitudeKm, inclinationDeg, raan, argumentOfLatitude));
      }
    }
    return out;
  }
}
