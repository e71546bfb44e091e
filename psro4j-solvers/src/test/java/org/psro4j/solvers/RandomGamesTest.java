package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaGameGaps;
import org.psro4j.metagame.MetaStrategy;

/** Equilibrium quality on seeded random games (the acceptance bounds). */
class RandomGamesTest {

  @ParameterizedTest(name = "{0}x{0}")
  @ValueSource(ints = {2, 7, 40, 300})
  void zeroSumNashGapIsTiny(int k) {
    EmpiricalGame game = TestGames.randomZeroSum(k, 1000 + k);
    MetaStrategy nash = MetaSolvers.create("nash").solve(game);
    assertThat(nash.gap()).isLessThanOrEqualTo(1e-7);
    assertThat(MetaGameGaps.nashConv(game, nash.marginals())).isLessThanOrEqualTo(1e-7);
  }

  @ParameterizedTest(name = "{0}x{0} seed {1}")
  @CsvSource({"2, 1", "3, 2", "5, 3", "8, 4", "15, 5", "30, 6"})
  void generalSumNashByLemkeHowson(int k, long seed) {
    EmpiricalGame game = TestGames.randomGeneralSum(2, k, seed);
    MetaStrategy nash = MetaSolvers.create("nash").solve(game);
    assertThat(nash.gap()).isLessThanOrEqualTo(1e-9);
  }

  @ParameterizedTest(name = "{0} players, {1} strategies, {2}")
  @CsvSource({
    "3, 6, mgcce",
    "3, 6, mwcce",
    "3, 6, mecce",
    "4, 4, mgcce",
    "4, 4, mwcce",
    "4, 4, mecce",
    "3, 4, mgce",
    "3, 4, mwce",
    "3, 4, mece"
  })
  void multiplayerCorrelatedGapIsTiny(int players, int k, String solver) {
    EmpiricalGame game = TestGames.randomGeneralSum(players, k, 77L * players + k);
    MetaStrategy strategy = MetaSolvers.create(solver).solve(game);
    assertThat(strategy.gap()).isLessThanOrEqualTo(1e-7);
  }
}
