package org.psro4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;

/** Ratings and α-Rank of the report's policy table on small meta-games with known answers. */
class PolicyRatingsTest {

  private static final double[][] RPS = {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}};

  @Test
  void rockPaperScissorsIsRatedEquallyByEloAndUniformlyByAlphaRank() {
    EmpiricalGame game = EmpiricalGame.ofZeroSum(RPS);
    double[][] weights = {{1 / 3.0, 1 / 3.0, 1 / 3.0}, {1 / 3.0, 1 / 3.0, 1 / 3.0}};
    PolicyRatings r = PolicyRatings.of(game, weights, new int[][] {{0, 1, 2}, {0, 1, 2}}, 1);
    for (List<PolicyRow> player : r.players()) {
      assertThat(player).hasSize(3);
      for (PolicyRow row : player) {
        // Cyclic: every strategy wins and loses once, so Bradley–Terry rates them all equal.
        assertThat(row.elo()).isCloseTo(0, within(1e-6));
        // alpha-Rank on RPS is uniform (OpenSpiel alpha_rank docs).
        assertThat(row.alphaRank()).isCloseTo(1 / 3.0, within(1e-6));
      }
    }
    // Elo predicts ½ everywhere: off by ½ on the six decided cells of nine.
    assertThat(r.eloError()).isCloseTo(1 / 3.0, within(1e-6));
    // One cyclic pair of mElo captures RPS, so it predicts the table far better.
    assertThat(r.meloError()).isLessThan(0.1);
    assertThat(r.alphaRankNote()).isEmpty();
  }

  @Test
  void transitiveGameRanksTheDominantPolicyFirstAndRowsFollowWeight() {
    // Row policy 2 beats every column policy, policy 0 loses to all.
    double[][] payoffs = {{-1, -1, -1}, {0, 0, -1}, {1, 1, 1}};
    EmpiricalGame game = EmpiricalGame.ofZeroSum(payoffs);
    double[][] weights = {{0.1, 0.2, 0.7}, {0.5, 0.3, 0.2}};
    PolicyRatings r = PolicyRatings.of(game, weights, new int[][] {{0, 1, 2}, {0, 1, 2}}, 1);
    List<PolicyRow> rows = r.players().get(0);
    assertThat(rows).extracting(PolicyRow::index).containsExactly(2, 1, 0);
    assertThat(rows).extracting(PolicyRow::born).containsExactly(2, 1, 0);
    assertThat(rows.get(0).elo()).isGreaterThan(rows.get(1).elo());
    assertThat(rows.get(1).elo()).isGreaterThan(rows.get(2).elo());
    assertThat(r.players().get(1)).extracting(PolicyRow::weight).containsExactly(0.5, 0.3, 0.2);
  }

  @Test
  void largeMetaGameIsRankedOnTheSubGameOfHighestWeights() {
    int k = 40;
    double[][] payoffs = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        payoffs[i][j] = Math.sin(i * 1.7 + j * 0.3);
      }
    }
    double[][] weights = new double[2][k];
    weights[0][5] = 0.6;
    weights[0][7] = 0.4;
    weights[1][3] = 1;
    int[][] born = new int[2][k];
    PolicyRatings r = PolicyRatings.of(EmpiricalGame.ofZeroSum(payoffs), weights, born, 1);
    // 1,600 profiles exceed the limit of 1,000: 31 per player are ranked.
    assertThat(r.alphaRankPolicies()).containsExactly(31, 31);
    assertThat(r.alphaRankNote()).contains("31 / 31").contains("961 of 1\u202f600");
    List<PolicyRow> p0 = r.players().get(0);
    assertThat(p0).hasSize(k);
    assertThat(p0.get(0).index()).isEqualTo(5);
    assertThat(p0.stream().filter(row -> Double.isNaN(row.alphaRank()))).hasSize(k - 31);
    double mass =
        p0.stream().mapToDouble(row -> Double.isNaN(row.alphaRank()) ? 0 : row.alphaRank()).sum();
    assertThat(mass).isCloseTo(1, within(1e-9));
  }

  @Test
  void threePlayersGetAlphaRankButNoElo() {
    int[] sizes = {2, 2, 2};
    double[][] payoffs = new double[3][8];
    for (int flat = 0; flat < 8; flat++) {
      payoffs[0][flat] = flat % 3;
      payoffs[1][flat] = (flat + 1) % 2;
      payoffs[2][flat] = -payoffs[0][flat] - payoffs[1][flat];
    }
    double[][] weights = {{0.5, 0.5}, {1, 0}, {0.25, 0.75}};
    PolicyRatings r =
        PolicyRatings.of(
            EmpiricalGame.ofExact(sizes, payoffs),
            weights,
            new int[][] {{0, 1}, {0, 1}, {0, 1}},
            1);
    assertThat(r.eloError()).isNaN();
    assertThat(r.players()).hasSize(3);
    for (List<PolicyRow> rows : r.players()) {
      assertThat(rows.getFirst().elo()).isNaN();
      assertThat(rows.stream().mapToDouble(PolicyRow::alphaRank).sum()).isCloseTo(1, within(1e-9));
    }
  }
}
