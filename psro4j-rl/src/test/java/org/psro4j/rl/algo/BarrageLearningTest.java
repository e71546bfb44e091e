package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.games.stratego.BarrageBots;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.OracleResult;
import org.psro4j.psro.SampledEvaluator;

/**
 * Learning on Barrage Stratego: a PPO best response to the random bot, trained on the shaped game
 * ({@code shaping=0.1}: a tenth of a point per piece taken, minus per piece lost) with a short move
 * limit (300 moves), must earn clearly more against the random bot than the random bot earns
 * against itself after 100k environment steps (seed 42, one rollout thread, so the numbers replay):
 * measured mean returns over the same 200 games, random −0.059, learned +0.232. The bounded CI
 * check of the {@code barrage-rl} bench scenario ({@code ./psro4j bench --only barrage-rl}, a
 * longer run measured on the official game).
 */
@Tag("learning")
class BarrageLearningTest {

  static final String GAME = "barrage_stratego(max_moves=300,shaping=0.1)";
  static final int GAMES = 200;

  static final Map<String, String> OPTIONS =
      Map.of(
          "br_steps", "100000",
          "num_envs", "16",
          "rollout_steps", "1024",
          "minibatch", "256",
          "lr", "1e-3",
          "gamma", "0.99",
          "hidden", "128,128",
          "shards", "1");

  /** Mean return of {@code policy} in seat 0 against the random bot. */
  static double meanReturn(Game game, Policy policy, Policy random, long seed) {
    double sum = 0;
    for (int i = 0; i < GAMES; i++) {
      sum +=
          SampledEvaluator.playEpisode(
              game, new Policy[] {policy, random}, new SplittableRandom(seed + i))[0];
    }
    return sum / GAMES;
  }

  @Test
  void ppoLearnsToTakeMaterialFromTheRandomBot() {
    Game game = Games.load(GAME);
    Policy random = BarrageBots.create("random", game);
    Opponents opponents =
        new Opponents.Independent(
            0, List.of(List.of(random), List.of(random)), new double[][] {{1}, {1}});
    OracleResult r =
        PpoOracle.fromOptions(OPTIONS)
            .bestResponse(new BestResponseTask(game, 0, opponents, 42, null, "barrage"));
    // Measured: random -0.059, learned 0.232 (200 games each, the same 200 seeds).
    double baseline = meanReturn(game, random, random, 7);
    double learned = meanReturn(game, r.policy(), random, 7);
    assertThat(baseline).isLessThan(0.05);
    assertThat(learned).isGreaterThan(baseline + 0.15);
  }
}
