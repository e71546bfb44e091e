package org.psro4j.ssa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.heuristics.SsaHeuristics;

class HeuristicMatchupsTest {

  private static final int EPISODES = 6;

  private static SsaCoverage game(String parameters) {
    return (SsaCoverage) Games.load("ssa_coverage(hours=12" + parameters + ")");
  }

  @Test
  void theTableHasOneEntryPerPairWithStandardErrors() {
    MatchupTable table = HeuristicMatchups.compute(game(",dazzle=true"), EPISODES, 1, 2);
    int n = SsaHeuristics.NAMES.size();
    assertThat(table.heuristics()).isEqualTo(SsaHeuristics.NAMES);
    assertThat(table.size()).isEqualTo(n);
    assertThat(table.episodes()).isEqualTo(EPISODES);
    assertThat(table.game()).startsWith("ssa_coverage(sats=12,");
    for (double[][] m :
        List.of(
            table.blueMean(),
            table.blueStandardError(),
            table.redMean(),
            table.redStandardError())) {
      assertThat(m).hasDimensions(n, n);
      for (double[] row : m) {
        for (double x : row) {
          assertThat(x).isBetween(-1.0, 1.0);
        }
      }
    }
    for (double[] row : table.blueStandardError()) {
      for (double se : row) {
        assertThat(se).isNotNegative();
      }
    }
  }

  @Test
  void zeroSumEntriesMirrorExactly() {
    MatchupTable table = HeuristicMatchups.compute(game(",dazzle=true"), EPISODES, 2, 2);
    for (int i = 0; i < table.size(); i++) {
      for (int j = 0; j < table.size(); j++) {
        assertThat(table.redMean()[i][j]).isEqualTo(-table.blueMean()[i][j]);
        assertThat(table.redStandardError()[i][j]).isEqualTo(table.blueStandardError()[i][j]);
      }
    }
  }

  @Test
  void withoutDazzlingADeterministicSideIsUnaffectedByItsOpponent() {
    // General-sum, no dazzling: a side's custody depends only on its own tasking, so a
    // deterministic heuristic earns the same on the same episodes whatever the other side does.
    MatchupTable table = HeuristicMatchups.compute(game(",flavour=general_sum"), EPISODES, 3, 2);
    int random = SsaHeuristics.NAMES.indexOf("random");
    for (int i = 0; i < table.size(); i++) {
      for (int j = 0; j < table.size(); j++) {
        if (i != random) {
          assertThat(table.blueMean()[i][j]).isEqualTo(table.blueMean()[i][0]);
        }
        if (j != random) {
          assertThat(table.redMean()[i][j]).isEqualTo(table.redMean()[0][j]);
        }
      }
    }
  }

  @Test
  void reactiveBeatsTheRandomBaselineAgainstEveryOpponent() {
    MatchupTable table = HeuristicMatchups.compute(game(""), EPISODES, 4, 2);
    int reactive = SsaHeuristics.NAMES.indexOf("reactive");
    int random = SsaHeuristics.NAMES.indexOf("random");
    for (int j = 0; j < table.size(); j++) {
      assertThat(table.blueMean()[reactive][j]).isGreaterThan(table.blueMean()[random][j]);
      assertThat(table.redMean()[j][reactive]).isGreaterThan(table.redMean()[j][random]);
    }
  }

  @Test
  void theTableDependsOnTheSeedNotOnTheThreads() {
    SsaCoverage game = game(",actions=continuous,pointings=16,dazzle=true");
    List<String> names = List.of("random", "aggressive");
    MatchupTable one = HeuristicMatchups.compute(game, names, 3, 5, 1);
    MatchupTable two = HeuristicMatchups.compute(game, names, 3, 5, 2);
    assertThat(two.blueMean()).isDeepEqualTo(one.blueMean());
    assertThat(two.redStandardError()).isDeepEqualTo(one.redStandardError());
  }

  @Test
  void progressCountsEveryGameOnceAndDoesNotChangeTheTable() {
    SsaCoverage game = game(",objects=8,sats=4,planes=2");
    List<String> names = List.of("reactive", "random");
    java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    MatchupTable reported = HeuristicMatchups.compute(game, names, 3, 6, 2, seen::add);
    // 2 x 2 pairs x 3 episodes = 12 games, each reported once with its running count.
    assertThat(seen).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    MatchupTable silent = HeuristicMatchups.compute(game, names, 3, 6, 1);
    assertThat(reported.blueMean()).isDeepEqualTo(silent.blueMean());
  }

  @Test
  void badArgumentsNameTheValue() {
    SsaCoverage game = game("");
    assertThatThrownBy(() -> HeuristicMatchups.compute(game, 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("episodes=1");
    assertThatThrownBy(() -> HeuristicMatchups.compute(game, 5, 0, 0))
        .hasMessageContaining("threads=0");
    assertThatThrownBy(() -> HeuristicMatchups.compute(game, List.of("timid"), 5, 0, 1))
        .hasMessageContaining("timid");
  }
}
