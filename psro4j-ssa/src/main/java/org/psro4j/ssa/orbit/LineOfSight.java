package org.psro4j.ssa.orbit;

/**
 * Earth occlusion: whether the straight segment between two points outside a sphere centred at the
 * origin stays clear of it. The sphere is the Earth plus a grazing margin (rays that skim the
 * atmosphere are useless to an optical sensor).
 */
public final class LineOfSight {

  private LineOfSight() {}

  /**
   * Whether the segment from A to B (km, ECI) keeps a distance greater than {@code radius} from the
   * origin. Cost: a few multiplications, no square root.
   */
  public static boolean clear(
      double ax, double ay, double az, double bx, double by, double bz, double radius) {
    double dx = bx - ax;
    double dy = by - ay;
    double dz = bz - az;
    double dd = dx * dx + dy * dy + dz * dz;
    double r2 = radius * radius;
    if (dd == 0) {
      return ax * ax + ay * ay + az * az > r2;
    }
    // Parameter of the point of the line closest to the origin, clamped to the segment.
    double s = -(ax * dx + ay * dy + az * dz) / dd;
    if (s < 0) {
      s = 0;
    } else if (s > 1) {
      s = 1;
    }
    double cx = ax + s * dx;
    double cy = ay + s * dy;
    double cz = az + s * dz;
    return cx * cx + cy * cy + cz * cz > r2;
  }
}
