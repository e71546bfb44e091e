package org.psro4j.ssa.orbit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.junit.jupiter.api.Test;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.forces.gravity.potential.TideSystem;
import org.orekit.forces.gravity.potential.UnnormalizedSphericalHarmonicsProvider;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.propagation.semianalytical.dsst.DSSTPropagator;
import org.orekit.propagation.semianalytical.dsst.forces.DSSTZonal;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.DateComponents;
import org.orekit.time.TimeComponents;
import org.orekit.time.TimeScalesFactory;

/**
 * Holds {@link J2SecularPropagator} and {@link OrbitTable} to Orekit 13 over the game's 72 h
 * window, every 10 minutes, on a sample of LEO and MEO orbits (circular constellation orbits,
 * eccentric, sun-synchronous, retrograde).
 *
 * <p>Same physics on both sides, same μ, Rₑ and J2: two-body motion against Orekit's {@code
 * KeplerianPropagator}; two-body + J2 secular against Orekit's DSST semi-analytical propagator in
 * mean-element mode with a J2-only zonal model ({@code DSSTZonal} on a degree-2 unnormalised field
 * built in memory by {@code GravityFieldFactory.getUnnormalizedProvider}). Fully offline, no Orekit
 * data files: GCRF is the root frame (it is the inertial frame and, for J2, the body frame: the
 * pole is the inertial Z axis, as in our model) and the epoch is given in TT; neither needs EOP,
 * leap-second or gravity-field files.
 *
 * <p>Tolerances: 1 cm for the double-precision propagator. The two models are the same theory
 * computed two ways (closed-form drift here, RK4 integration of DSST's mean equinoctial equations
 * there), so only round-off and integration error remain (measured: under 1 µm two-body, about 20
 * µm with J2), while the J2 drift itself moves these orbits 250 to 2 500 km from two-body over the
 * window; a wrong rate coefficient would show as kilometres. The game's float tables add rounding:
 * under 2 m per axis below 30 000 km of radius, so they are held to 5 m.
 */
class OrekitAgreementTest {

  private static final EarthModel EARTH = EarthModel.EGM96;
  private static final double WINDOW_SECONDS = 72 * 3600.0;
  private static final double STEP_SECONDS = 600.0;
  private static final int STEPS = (int) (WINDOW_SECONDS / STEP_SECONDS) + 1;
  private static final double PROPAGATOR_TOLERANCE_M = 0.01;
  private static final double TABLE_TOLERANCE_M = 5.0;
  private static final double RE = EARTH.equatorialRadius();

  private static final List<KeplerianElements> SAMPLE =
      List.of(
          KeplerianElements.circular(RE, 800, 55, 10, 20),
          KeplerianElements.circular(RE, 1200, 70, 200, 300),
          new KeplerianElements(RE + 700, 0.01, Math.toRadians(98), 1, 2, 3),
          new KeplerianElements(RE + 1500, 0.005, Math.toRadians(30), 4, 5, 6),
          new KeplerianElements(RE + 10000, 0.05, Math.toRadians(40), 2, 1, 0.5),
          new KeplerianElements(RE + 600, 0.002, Math.toRadians(120), 5, 4, 2));

  private final Frame gcrf = FramesFactory.getGCRF();
  private final AbsoluteDate epoch =
      new AbsoluteDate(DateComponents.J2000_EPOCH, TimeComponents.H12, TimeScalesFactory.getTT());
  private final double muSi = EARTH.mu() * 1e9;

  private KeplerianOrbit orekitOrbit(KeplerianElements el) {
    return new KeplerianOrbit(
        el.semiMajorAxis() * 1000,
        el.eccentricity(),
        el.inclination(),
        el.argumentOfPerigee(),
        el.raan(),
        el.meanAnomaly(),
        PositionAngleType.MEAN,
        gcrf,
        epoch,
        muSi);
  }

  private Propagator dsstJ2(KeplerianElements el) {
    double[][] c = {{1}, {0, 0}, {-EARTH.j2(), 0, 0}};
    double[][] s = {{0}, {0, 0}, {0, 0, 0}};
    UnnormalizedSphericalHarmonicsProvider field =
        GravityFieldFactory.getUnnormalizedProvider(RE * 1000, muSi, TideSystem.UNKNOWN, c, s);
    DSSTPropagator dsst =
        new DSSTPropagator(
            new ClassicalRungeKuttaIntegrator(STEP_SECONDS),
            PropagationType.MEAN,
            new FrameAlignedProvider(gcrf));
    dsst.addForceModel(new DSSTZonal(gcrf, field));
    dsst.setInitialState(new SpacecraftState(orekitOrbit(el)), PropagationType.MEAN);
    return dsst;
  }

  /** Largest distance in metres between Orekit and our propagator over the window. */
  private double maxGap(Propagator orekit, J2SecularPropagator ours, KeplerianElements el) {
    double max = 0;
    for (int k = 0; k < STEPS; k++) {
      double t = k * STEP_SECONDS;
      Vector3D expected = orekit.propagate(epoch.shiftedBy(t)).getPosition();
      Vector3D actual = new Vector3D(ours.position(el, t)).scalarMultiply(1000);
      max = Math.max(max, expected.distance(actual));
    }
    return max;
  }

  @Test
  void twoBodyMatchesOrekitsKeplerianPropagator() {
    J2SecularPropagator twoBody = new J2SecularPropagator(EARTH.withoutJ2());
    for (KeplerianElements el : SAMPLE) {
      assertThat(maxGap(new KeplerianPropagator(orekitOrbit(el)), twoBody, el))
          .as("two-body gap for %s", el)
          .isLessThan(PROPAGATOR_TOLERANCE_M);
    }
  }

  @Test
  void j2SecularMatchesOrekitsMeanDsstWithJ2Only() {
    J2SecularPropagator j2 = new J2SecularPropagator(EARTH);
    for (KeplerianElements el : SAMPLE) {
      assertThat(maxGap(dsstJ2(el), j2, el))
          .as("J2 secular gap for %s", el)
          .isLessThan(PROPAGATOR_TOLERANCE_M);
    }
  }

  @Test
  void theJ2DriftIsLargeSoTheAgreementIsNotVacuous() {
    for (KeplerianElements el : SAMPLE) {
      Vector3D twoBody =
          new KeplerianPropagator(orekitOrbit(el))
              .propagate(epoch.shiftedBy(WINDOW_SECONDS))
              .getPosition();
      Vector3D withJ2 = dsstJ2(el).propagate(epoch.shiftedBy(WINDOW_SECONDS)).getPosition();
      assertThat(twoBody.distance(withJ2)).as("J2 drift of %s", el).isGreaterThan(200_000.0);
    }
  }

  @Test
  void floatTablesStayWithinRoundingOfOrekit() {
    OrbitTable table =
        OrbitTable.compute(new J2SecularPropagator(EARTH), SAMPLE, STEPS, STEP_SECONDS);
    for (int b = 0; b < SAMPLE.size(); b++) {
      Propagator dsst = dsstJ2(SAMPLE.get(b));
      for (int t = 0; t < STEPS; t += 6) {
        Vector3D expected = dsst.propagate(epoch.shiftedBy(t * STEP_SECONDS)).getPosition();
        Vector3D actual =
            new Vector3D(table.x(t, b), table.y(t, b), table.z(t, b)).scalarMultiply(1000);
        assertThat(expected.distance(actual))
            .as("table entry of body %d at step %d", b, t)
            .isLessThan(TABLE_TOLERANCE_M);
      }
    }
  }
}
