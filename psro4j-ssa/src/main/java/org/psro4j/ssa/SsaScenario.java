package org.psro4j.ssa;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.psro4j.ssa.orbit.EarthModel;
import org.psro4j.ssa.orbit.J2SecularPropagator;
import org.psro4j.ssa.orbit.KeplerianElements;
import org.psro4j.ssa.orbit.OrbitTable;
import org.psro4j.ssa.orbit.WalkerDelta;

/**
 * The fixed part of an {@code ssa_coverage} game, built once per game from its settings and seed
 * and shared by every state: both constellations, the catalogue with each object's interest, the
 * orbit table at every step time, and per step and sensor the visible objects sorted by range (the
 * discrete candidates), the opponent sensors in dazzle range, and the line-of-sight directions in
 * the sensor's local orbital frame (for pointing).
 *
 * <p>Geometry: Blue flies a Walker-delta sats/planes/1 at 800 km and 55°, Red a sats/planes/2 at 1
 * 200 km and 70° with its nodes offset half a plane spacing, so the two regimes overlap but see the
 * sky differently. Objects: 70 % LEO (500–2 000 km, e < 0.01, 30°–100°), 30 % MEO (8 000–14 000 km,
 * e < 0.05, 0°–65°), angles uniform. Visibility: line of sight clear of the Earth plus a 100 km
 * grazing margin, and range at most {@code range_km}.
 */
public final class SsaScenario {

  /** Blue's player id. */
  public static final int BLUE = 0;

  /** Red's player id. */
  public static final int RED = 1;

  /** Rays passing lower than this above the surface are unusable (atmosphere, Earth limb). */
  public static final double GRAZING_MARGIN_KM = 100.0;

  /** Interest bit of a side in {@link #interest(int)}: 1 for Blue, 2 for Red, 3 contested. */
  public static int interestBit(int side) {
    return 1 << side;
  }

  final SsaSettings settings;
  final int sats;
  final int objects;
  final int steps;
  final int sensors;
  final int words;
  final OrbitTable table;
  final List<KeplerianElements> bodies;
  final byte[] interest;
  final int[] interestCount;
  final int contestedCount;
  final VisibilityTables visibility;
  final float[] pointingGrid;

  SsaScenario(SsaSettings settings) {
    this.settings = settings;
    this.sats = settings.sats();
    this.objects = settings.objects();
    this.steps = settings.steps();
    this.sensors = 2 * sats;
    this.words = (objects + 63) >>> 6;
    EarthModel earth = EarthModel.EGM96;
    double re = earth.equatorialRadius();
    int planes = settings.planes();
    List<KeplerianElements> all = new ArrayList<>();
    all.addAll(new WalkerDelta(sats, planes, 1 % planes, 800, 55, 0).elements(re));
    all.addAll(new WalkerDelta(sats, planes, 2 % planes, 1200, 70, 180.0 / planes).elements(re));
    SplittableRandom rng = new SplittableRandom(settings.seed());
    int leo = (int) Math.round(0.7 * objects);
    for (int o = 0; o < objects; o++) {
      all.add(
          o < leo
              ? randomOrbit(rng, re, 500, 2000, 0.01, 30, 100)
              : randomOrbit(rng, re, 8000, 14000, 0.05, 0, 65));
    }
    this.bodies = List.copyOf(all);
    this.interest = new byte[objects];
    int[] order = permutation(objects, rng);
    int contested = (int) Math.round(settings.contested() * objects);
    this.interestCount = new int[2];
    for (int k = 0; k < objects; k++) {
      int bits = k < contested ? 3 : interestBit((k - contested) % 2);
      interest[order[k]] = (byte) bits;
      for (int side = 0; side < 2; side++) {
        if ((bits & interestBit(side)) != 0) {
          interestCount[side]++;
        }
      }
    }
    this.contestedCount = contested;
    this.table =
        OrbitTable.compute(new J2SecularPropagator(earth), bodies, steps, settings.stepSeconds());
    this.visibility =
        new VisibilityTables(table, sats, objects, settings.rangeKm(), re + GRAZING_MARGIN_KM);
    this.pointingGrid = fibonacciSphere(settings.pointings());
  }

  private static KeplerianElements randomOrbit(
      SplittableRandom rng,
      double re,
      double minAltitude,
      double maxAltitude,
      double maxEccentricity,
      double minInclinationDeg,
      double maxInclinationDeg) {
    double altitude = minAltitude + rng.nextDouble() * (maxAltitude - minAltitude);
    return new KeplerianElements(
        re + altitude,
        rng.nextDouble() * maxEccentricity,
        Math.toRadians(
            minInclinationDeg + rng.nextDouble() * (maxInclinationDeg - minInclinationDeg)),
        rng.nextDouble() * 2 * Math.PI,
        rng.nextDouble() * 2 * Math.PI,
        rng.nextDouble() * 2 * Math.PI);
  }

  private static int[] permutation(int n, SplittableRandom rng) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int tmp = p[i];
      p[i] = p[j];
      p[j] = tmp;
    }
    return p;
  }

  /** {@code n} nearly evenly spread unit vectors (a Fibonacci lattice), x, y, z interleaved. */
  static float[] fibonacciSphere(int n) {
    float[] grid = new float[3 * n];
    double golden = Math.PI * (3 - Math.sqrt(5));
    for (int k = 0; k < n; k++) {
      double z = 1 - (2.0 * k + 1) / n;
      double r = Math.sqrt(Math.max(0, 1 - z * z));
      double phi = golden * k;
      grid[3 * k] = (float) (r * Math.cos(phi));
      grid[3 * k + 1] = (float) (r * Math.sin(phi));
      grid[3 * k + 2] = (float) z;
    }
    return grid;
  }

  /** The settings this scenario was built from. */
  public SsaSettings settings() {
    return settings;
  }

  /** The orbit table: bodies are Blue's sensors, Red's sensors, then the objects. */
  public OrbitTable orbits() {
    return table;
  }

  /** Mean elements of every body, in table order. */
  public List<KeplerianElements> elements() {
    return bodies;
  }

  /** Table index of sensor {@code sensor} of {@code side}. */
  public int sensorBody(int side, int sensor) {
    return side * sats + sensor;
  }

  /** Table index of object {@code object}. */
  public int objectBody(int object) {
    return sensors + object;
  }

  /** Interest bits of an object: 1 Blue only, 2 Red only, 3 contested. */
  public int interest(int object) {
    return interest[object];
  }

  /** Whether {@code object} matters to {@code side} (its own or contested). */
  public boolean ofInterest(int side, int object) {
    return (interest[object] & interestBit(side)) != 0;
  }

  /** Whether both sides care about {@code object}. */
  public boolean contested(int object) {
    return interest[object] == 3;
  }

  /** Objects {@code side} cares about. */
  public int interestCount(int side) {
    return interestCount[side];
  }

  /** Objects both sides care about. */
  public int contestedCount() {
    return contestedCount;
  }

  /** The visibility tables. */
  public VisibilityTables visibility() {
    return visibility;
  }

  /**
   * Component {@code axis} of pointing direction {@code g} in the local frame (radial, along,
   * normal).
   */
  public float pointing(int g, int axis) {
    return pointingGrid[3 * g + axis];
  }
}
