package org.psro4j.solvers.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;

class RatingsTest {

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  @Test
  void threeToOneOddsAre191Points() {
    // Elo's scale: odds of 3 (p = 0.75) are 400 log10(3) = 190.85 points apart.
    EloRatings elo = EloRatings.fit(new WinProbabilities(new double[][] {{0.75}}));
    assertThat(elo.rows()[0] - elo.columns()[0]).isCloseTo(400 * Math.log10(3), within(0.5));
    assertThat(elo.rows()[0] + elo.columns()[0]).isCloseTo(0, within(1e-9));
    assertThat(elo.winProbability(0, 0)).isCloseTo(0.75, within(1e-3));
  }

  @Test
  void eloRecoversTransitiveRatings() {
    SplittableRandom random = new SplittableRandom(3);
    int n = 12;
    int m = 9;
    double[] r = new double[n];
    double[] s = new double[m];
    for (int i = 0; i < n; i++) r[i] = random.nextDouble(-300, 300);
    for (int j = 0; j < m; j++) s[j] = random.nextDouble(-300, 300);
    double[][] p = new double[n][m];
    for (int i = 0; i < n; i++)
      for (int j = 0; j < m; j++) p[i][j] = 1 / (1 + Math.pow(10, (s[j] - r[i]) / 400));
    EloRatings elo = EloRatings.fit(new WinProbabilities(p));
    // Up to a common shift, within a point (the tiny prior pulls toward 0).
    double shift = elo.rows()[0] - r[0];
    for (int i = 0; i < n; i++) assertThat(elo.rows()[i] - r[i]).isCloseTo(shift, within(1.0));
    for (int j = 0; j < m; j++) assertThat(elo.columns()[j] - s[j]).isCloseTo(shift, within(1.0));
  }

  @Test
  void eloRatesRockPaperScissorsEqualAndMeloPredictsIt() {
    EmpiricalGame rps =
        EmpiricalGame.ofZeroSum(new double[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}});
    WinProbabilities table = WinProbabilities.of(rps);
    assertThat(table.p()[0][1]).isZero();
    assertThat(table.p()[0][2]).isEqualTo(1.0);
    assertThat(table.p()[1][1]).isEqualTo(0.5);
    EloRatings elo = EloRatings.fit(table);
    for (int i = 0; i < 3; i++) {
      assertThat(elo.rows()[i]).isCloseTo(0, within(1e-6));
      assertThat(elo.columns()[i]).isCloseTo(0, within(1e-6));
      assertThat(elo.winProbability(i, (i + 1) % 3)).isCloseTo(0.5, within(1e-6));
    }
    MultidimensionalElo melo = MultidimensionalElo.fit(table, 1, 3000, 7);
    double worst = 0;
    double eloWorst = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        worst = Math.max(worst, Math.abs(melo.winProbability(i, j) - table.p()[i][j]));
        eloWorst = Math.max(eloWorst, Math.abs(elo.winProbability(i, j) - table.p()[i][j]));
      }
    }
    assertThat(eloWorst).isCloseTo(0.5, within(1e-6));
    assertThat(worst).isLessThan(0.1);
    // The cycle is in the vectors: rock beats scissors, scissors beats paper, paper beats rock.
    assertThat(melo.winProbability(0, 2)).isGreaterThan(0.9);
    assertThat(melo.winProbability(2, 1)).isGreaterThan(0.9);
    assertThat(melo.winProbability(1, 0)).isGreaterThan(0.9);
  }

  @Test
  void meloFitsACyclicPlusTransitiveGameBetterThanElo() {
    // A generated mElo_2 game: ratings plus a planar cycle.
    SplittableRandom random = new SplittableRandom(11);
    int n = 8;
    double[][] p = new double[n][n];
    double[] r = new double[n];
    double[][] c = new double[n][2];
    for (int i = 0; i < n; i++) {
      r[i] = random.nextDouble(-1, 1);
      double angle = 2 * Math.PI * i / n;
      c[i][0] = 1.5 * Math.cos(angle);
      c[i][1] = 1.5 * Math.sin(angle);
    }
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++)
        p[i][j] = sigmoid(r[i] - r[j] + c[i][0] * c[j][1] - c[i][1] * c[j][0]);
    WinProbabilities table = new WinProbabilities(p);
    EloRatings elo = EloRatings.fit(table);
    MultidimensionalElo melo = MultidimensionalElo.fit(table, 1, 5000, 1);
    double eloError = 0;
    double meloError = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        eloError += Math.abs(elo.winProbability(i, j) - p[i][j]);
        meloError += Math.abs(melo.winProbability(i, j) - p[i][j]);
      }
    }
    assertThat(meloError / (n * n)).isLessThan(0.01);
    assertThat(eloError / (n * n)).isGreaterThan(0.1);
  }

  @Test
  void sameSeedSameFit() {
    WinProbabilities table = new WinProbabilities(new double[][] {{0.5, 0.9}, {0.2, 0.6}});
    MultidimensionalElo a = MultidimensionalElo.fit(table, 2, 200, 5);
    MultidimensionalElo b = MultidimensionalElo.fit(table, 2, 200, 5);
    assertThat(a.rowVectors()).isDeepEqualTo(b.rowVectors());
    assertThat(a.ratings().rows()).isEqualTo(b.ratings().rows());
  }

  @Test
  void badTablesAreRefusedWithTheValue() {
    assertThatThrownBy(() -> new WinProbabilities(new double[][] {{1.5}}))
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> WinProbabilities.of(new EmpiricalGame(3)))
        .hasMessageContaining("3 players");
    assertThatThrownBy(
            () -> MultidimensionalElo.fit(new WinProbabilities(new double[][] {{0.5}}), 0, 1, 1))
        .hasMessageContaining("k 0");
  }
}
