package org.psro4j.ssa.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrbitGeometryTest {

  private static final EarthModel EARTH = EarthModel.EGM96;
  private static final double RE = EARTH.equatorialRadius();
  private static final double DEG_PER_DAY = Math.toDegrees(1) * 86400;

  @Test
  void sunSynchronousInclinationPrecessesOneTurnPerYear() {
    // A sun-synchronous orbit at 800 km needs i ≈ 98.6° (Vallado, 4th ed., Example 9-7 family):
    // its node must advance 360°/365.2422 d = 0.9856°/day.
    var rates =
        new J2SecularPropagator(EARTH).rates(KeplerianElements.circular(RE, 800, 98.6, 0, 0));
    assertThat(rates.raanRate() * DEG_PER_DAY).isCloseTo(0.9856, within(0.01));
  }

  @Test
  void issLikeOrbitRegressesAboutFiveDegreesPerDay() {
    // ISS at ~400 km, 51.6°: nodal regression ≈ −5.0°/day (a standard textbook figure).
    var rates =
        new J2SecularPropagator(EARTH).rates(KeplerianElements.circular(RE, 400, 51.6, 0, 0));
    assertThat(rates.raanRate() * DEG_PER_DAY).isCloseTo(-5.0, within(0.1));
  }

  @Test
  void criticalInclinationFreezesThePerigee() {
    double critical = Math.toDegrees(Math.acos(Math.sqrt(0.2)));
    var rates =
        new J2SecularPropagator(EARTH)
            .rates(new KeplerianElements(RE + 1000, 0.1, Math.toRadians(critical), 0, 0, 0));
    assertThat(rates.argumentOfPerigeeRate()).isCloseTo(0.0, within(1e-15));
  }

  @Test
  void positionsStayOnTheEllipse() {
    var el = new KeplerianElements(RE + 2000, 0.2, 1.0, 0.3, 0.7, 2.0);
    var propagator = new J2SecularPropagator(EARTH);
    for (double t = 0; t < 86400; t += 997) {
      double[] p = propagator.position(el, t);
      double r = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
      assertThat(r).isBetween(el.semiMajorAxis() * 0.8 - 1e-6, el.semiMajorAxis() * 1.2 + 1e-6);
    }
  }

  @Test
  void walkerDeltaSpreadsNodesAndPhases() {
    // 12/6/1 at 55°: nodes every 60°, two satellites per plane 180° apart, planes shifted 30°.
    List<KeplerianElements> sats = new WalkerDelta(12, 6, 1, 800, 55, 0).elements(RE);
    assertThat(sats).hasSize(12);
    assertThat(Math.toDegrees(sats.get(2).raan())).isCloseTo(60, within(1e-9));
    assertThat(Math.toDegrees(sats.get(1).meanAnomaly())).isCloseTo(180, within(1e-9));
    assertThat(Math.toDegrees(sats.get(2).meanAnomaly())).isCloseTo(30, within(1e-9));
    assertThat(sats.get(5).semiMajorAxis()).isCloseTo(RE + 800, within(1e-9));
    assertThatThrownBy(() -> new WalkerDelta(10, 3, 0, 800, 55, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total=10");
    assertThatThrownBy(() -> new WalkerDelta(12, 6, 6, 800, 55, 0))
        .hasMessageContaining("phasing=6");
  }

  @Test
  void earthBlocksTheViewAcrossItButNotAlongsideIt() {
    double r = RE + 100;
    assertThat(LineOfSight.clear(7000, 0, 0, -7000, 0, 0, r)).isFalse();
    assertThat(LineOfSight.clear(7000, 0, 0, 7000, 3000, 0, r)).isTrue();
    // Grazing: the chord between two points at 7000 km, 90° apart, passes 4950 km from the centre.
    assertThat(LineOfSight.clear(7000, 0, 0, 0, 7000, 0, r)).isFalse();
    assertThat(LineOfSight.clear(9300, 0, 0, 0, 9300, 0, r)).isTrue();
  }

  @Test
  void badElementsNameTheValue() {
    assertThatThrownBy(() -> new KeplerianElements(7000, 1.2, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eccentricity=1.2");
    assertThatThrownBy(() -> new KeplerianElements(-1, 0, 0, 0, 0, 0))
        .hasMessageContaining("semiMajorAxis=-1");
  }
}
