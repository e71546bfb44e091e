package org.psro4j.cli.ssa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.orbit.EarthModel;
import org.psro4j.ssa.orbit.J2SecularPropagator;
import org.psro4j.ssa.orbit.KeplerianElements;

class SsaPicturesTest {

  private static final J2SecularPropagator PROPAGATOR = new J2SecularPropagator(EarthModel.EGM96);

  @Test
  void theSubSatellitePointAtTheEpochFollowsFromTheElements() {
    // Argument of latitude 90°: the orbit's northernmost point, latitude = inclination and
    // right ascension = RAAN + 90° (for a prograde orbit); at t = 0 Greenwich is on the x axis.
    KeplerianElements el = KeplerianElements.circular(6378.137, 800, 55, 30, 90);
    double[] point = GroundTrackChart.subSatellitePoint(PROPAGATOR, el, 0);
    assertThat(point[0]).isCloseTo(120.0, within(1e-9));
    assertThat(point[1]).isCloseTo(55.0, within(1e-9));
  }

  @Test
  void anEquatorialOrbitDriftsInLongitudeByItsRateMinusTheEarthsRotation() {
    KeplerianElements el = KeplerianElements.circular(6378.137, 1200, 0, 0, 10);
    J2SecularPropagator.Rates rates = PROPAGATOR.rates(el);
    double t = 1500;
    double inertial =
        10
            + Math.toDegrees(
                    rates.raanRate() + rates.argumentOfPerigeeRate() + rates.meanAnomalyRate())
                * t;
    double expected = inertial - Math.toDegrees(GroundTrackChart.EARTH_ROTATION_RAD_PER_S) * t;
    double[] point = GroundTrackChart.subSatellitePoint(PROPAGATOR, el, t);
    assertThat(point[0]).isCloseTo(((expected + 180) % 360 + 360) % 360 - 180, within(1e-6));
    assertThat(point[1]).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void compactNamesKeepOnlyParametersAwayFromTheirDefaults() {
    String canonical = Games.load("ssa_coverage(hours=12,dazzle=true)").toString();
    assertThat(SsaPictures.compactName(canonical)).isEqualTo("ssa_coverage(hours=12,dazzle=true)");
    assertThat(SsaPictures.compactName(Games.load("ssa_coverage").toString()))
        .isEqualTo("ssa_coverage()");
  }

  @Test
  void timeLabelsAreRoundHoursAndAtMostAboutEighteen() {
    assertThat(SsaPictures.labelSpacingHours(6)).isEqualTo(1);
    assertThat(SsaPictures.labelSpacingHours(72)).isEqualTo(4);
    assertThat(SsaPictures.labelSpacingHours(200)).isEqualTo(12);
  }

  @Test
  void theGroundTrackRejectsATimeOutsideTheWindow() {
    SsaCoverage game = (SsaCoverage) Games.load(MatchupsCommandTest.SMALL + ")");
    assertThatThrownBy(() -> SsaPictures.groundTrack(game, 6.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hour=6.5");
    assertThat(SsaPictures.groundTrack(game, 6)).startsWith(0x89, 'P', 'N', 'G');
  }
}
