package org.psro4j.ssa;

import java.util.Arrays;
import org.psro4j.ssa.orbit.OrbitTable;

/**
 * What every sensor can see at every step, precomputed from an {@link OrbitTable}: the visible
 * objects sorted by range (nearest first), a bit mask of them, the unit line of sight to each in
 * the sensor's local orbital frame (radial, along-track, orbit normal), and the opponent sensors
 * within dazzle range, nearest first. Sensors are numbered as table bodies: Blue's then Red's.
 *
 * <p>Stored as compressed rows (one row per step and sensor), so a look-up is two array reads.
 * Built in O(steps · sensors · (objects + sensors)) line-of-sight tests.
 */
public final class VisibilityTables {

  private final int sensors;
  private final int sats;
  private final int words;
  private final int[] visibleStart;
  private final int[] visibleObject;
  private final float[] visibleRange;
  private final float[] visibleDirection;
  private final long[] visibleMask;
  private final int[] dazzleStart;
  private final int[] dazzleSensor;
  private final float[] dazzleRange;

  VisibilityTables(
      OrbitTable table, int sats, int objects, double rangeKm, double occlusionRadiusKm) {
    this.sats = sats;
    this.sensors = 2 * sats;
    this.words = (objects + 63) >>> 6;
    int steps = table.steps();
    int rows = steps * sensors;
    this.visibleStart = new int[rows + 1];
    this.dazzleStart = new int[rows + 1];
    this.visibleMask = new long[rows * words];
    int[] objectsOut = new int[Math.max(16, rows * 4)];
    float[] rangesOut = new float[objectsOut.length];
    float[] directionsOut = new float[3 * objectsOut.length];
    int[] dazzleOut = new int[Math.max(16, rows)];
    float[] dazzleRangesOut = new float[dazzleOut.length];
    int count = 0;
    int dazzleCount = 0;
    int[] rowObjects = new int[objects];
    float[] rowRanges = new float[objects];
    int[] rowSensors = new int[sats];
    float[] rowSensorRanges = new float[sats];
    for (int t = 0; t < steps; t++) {
      for (int s = 0; s < sensors; s++) {
        int row = t * sensors + s;
        int n = 0;
        for (int o = 0; o < objects; o++) {
          int body = sensors + o;
          double d = table.distance(t, s, body);
          if (d <= rangeKm && table.lineOfSight(t, s, body, occlusionRadiusKm)) {
            n = insertSorted(rowObjects, rowRanges, n, o, (float) d);
            visibleMask[row * words + (o >>> 6)] |= 1L << o;
          }
        }
        if (count + n > objectsOut.length) {
          int grown = Math.max(2 * objectsOut.length, count + n);
          objectsOut = Arrays.copyOf(objectsOut, grown);
          rangesOut = Arrays.copyOf(rangesOut, grown);
          directionsOut = Arrays.copyOf(directionsOut, 3 * grown);
        }
        for (int k = 0; k < n; k++) {
          objectsOut[count] = rowObjects[k];
          rangesOut[count] = rowRanges[k];
          writeLocalDirection(table, t, s, sensors + rowObjects[k], directionsOut, 3 * count);
          count++;
        }
        visibleStart[row + 1] = count;
        int opponentsFrom = s < sats ? sats : 0;
        int m = 0;
        for (int q = opponentsFrom; q < opponentsFrom + sats; q++) {
          double d = table.distance(t, s, q);
          if (d <= rangeKm && table.lineOfSight(t, s, q, occlusionRadiusKm)) {
            m = insertSorted(rowSensors, rowSensorRanges, m, q, (float) d);
          }
        }
        if (dazzleCount + m > dazzleOut.length) {
          int grown = Math.max(2 * dazzleOut.length, dazzleCount + m);
          dazzleOut = Arrays.copyOf(dazzleOut, grown);
          dazzleRangesOut = Arrays.copyOf(dazzleRangesOut, grown);
        }
        System.arraycopy(rowSensors, 0, dazzleOut, dazzleCount, m);
        System.arraycopy(rowSensorRanges, 0, dazzleRangesOut, dazzleCount, m);
        dazzleCount += m;
        dazzleStart[row + 1] = dazzleCount;
      }
    }
    this.visibleObject = Arrays.copyOf(objectsOut, count);
    this.visibleRange = Arrays.copyOf(rangesOut, count);
    this.visibleDirection = Arrays.copyOf(directionsOut, 3 * count);
    this.dazzleSensor = Arrays.copyOf(dazzleOut, dazzleCount);
    this.dazzleRange = Arrays.copyOf(dazzleRangesOut, dazzleCount);
  }

  /** Inserts (id, range) into the first n entries kept sorted by range; returns n + 1. */
  private static int insertSorted(int[] ids, float[] ranges, int n, int id, float range) {
    int k = n;
    while (k > 0 && ranges[k - 1] > range) {
      ids[k] = ids[k - 1];
      ranges[k] = ranges[k - 1];
      k--;
    }
    ids[k] = id;
    ranges[k] = range;
    return n + 1;
  }

  /** The unit line of sight from sensor s to body b in s's frame (radial, along-track, normal). */
  private static void writeLocalDirection(
      OrbitTable table, int t, int s, int b, float[] out, int at) {
    double sx = table.x(t, s);
    double sy = table.y(t, s);
    double sz = table.z(t, s);
    double r = Math.sqrt(sx * sx + sy * sy + sz * sz);
    double rx = sx / r;
    double ry = sy / r;
    double rz = sz / r;
    double hx = table.normal(t, s, 0);
    double hy = table.normal(t, s, 1);
    double hz = table.normal(t, s, 2);
    double ax = hy * rz - hz * ry;
    double ay = hz * rx - hx * rz;
    double az = hx * ry - hy * rx;
    double vx = table.x(t, b) - sx;
    double vy = table.y(t, b) - sy;
    double vz = table.z(t, b) - sz;
    double v = Math.sqrt(vx * vx + vy * vy + vz * vz);
    out[at] = (float) ((vx * rx + vy * ry + vz * rz) / v);
    out[at + 1] = (float) ((vx * ax + vy * ay + vz * az) / v);
    out[at + 2] = (float) ((vx * hx + vy * hy + vz * hz) / v);
  }

  /** First entry of the row of {@code sensor} (a table body id) at {@code step}. */
  int rowStart(int step, int sensor) {
    return visibleStart[step * sensors + sensor];
  }

  /** Objects {@code sensor} sees at {@code step}. */
  public int visibleCount(int step, int sensor) {
    int row = step * sensors + sensor;
    return visibleStart[row + 1] - visibleStart[row];
  }

  /** The {@code rank}-th nearest object {@code sensor} sees at {@code step}. */
  public int visibleObject(int step, int sensor, int rank) {
    return visibleObject[rowStart(step, sensor) + rank];
  }

  /** Its range in km. */
  public float visibleRange(int step, int sensor, int rank) {
    return visibleRange[rowStart(step, sensor) + rank];
  }

  /** Component {@code axis} of the unit line of sight to it, in the sensor's local frame. */
  public float visibleDirection(int step, int sensor, int rank, int axis) {
    return visibleDirection[3 * (rowStart(step, sensor) + rank) + axis];
  }

  /** Whether {@code sensor} sees {@code object} at {@code step}. */
  public boolean visible(int step, int sensor, int object) {
    return (visibleMask[(step * sensors + sensor) * words + (object >>> 6)] & (1L << object)) != 0;
  }

  /** Word {@code w} of the visible-object mask of {@code sensor} at {@code step}. */
  public long visibleWord(int step, int sensor, int w) {
    return visibleMask[(step * sensors + sensor) * words + w];
  }

  /** Opponent sensors within dazzle range of {@code sensor} at {@code step}. */
  public int dazzleCount(int step, int sensor) {
    int row = step * sensors + sensor;
    return dazzleStart[row + 1] - dazzleStart[row];
  }

  /** The {@code rank}-th nearest opponent sensor in range, as a table body id. */
  public int dazzleTarget(int step, int sensor, int rank) {
    return dazzleSensor[dazzleStart[step * sensors + sensor] + rank];
  }

  /** Its range in km. */
  public float dazzleRange(int step, int sensor, int rank) {
    return dazzleRange[dazzleStart[step * sensors + sensor] + rank];
  }

  /** Sensors per side. */
  public int sats() {
    return sats;
  }
}
