package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.policy.EpisodePolicy;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.OracleResult;
import org.psro4j.random.Sampling;
import org.psro4j.rl.nn.RecurrentPolicy;

/**
 * Recurrent PPO ({@code policy_net=lstm|gru}) on memory_cue, where the answer depends on a cue seen
 * once: against a uniform opponent the optimum is 1 - 1/cues, and any policy of the current
 * observation earns exactly 0 (it names each cue independently of the truth).
 */
class RecurrentPpoTest {

  private static final Game MEMORY = Games.load("memory_cue(cues=3,delay=1)");
  private static final double OPTIMUM = 2.0 / 3;

  private static Map<String, String> options(String net) {
    return Map.of(
        "policy_net", net,
        "br_steps", "24000",
        "num_envs", "16",
        "rollout_steps", "1200",
        "minibatch", "128",
        "hidden", "32",
        "lr", "0.01",
        "shards", "1");
  }

  private static BestResponseTask task(Game game) {
    return new BestResponseTask(
        game, 0, PpoOracleTest.fixed(0, TabularPolicy.uniform(game)), 5, null, "br");
  }

  @Test
  void anLstmBestResponseRemembersTheCueAndReachesTheOptimum() {
    OracleResult r = PpoOracle.fromOptions(options("lstm")).bestResponse(task(MEMORY));
    assertThat(r.policy()).isInstanceOf(RecurrentPolicy.class);
    double value = ExpectedReturns.of(MEMORY, r.policy(), TabularPolicy.uniform(MEMORY))[0];
    assertThat(value).isGreaterThan(OPTIMUM - 0.05);
  }

  @Test
  void aFeedForwardBestResponseOfTheObservationStaysAtChance() {
    OracleResult r =
        PpoOracle.fromOptions(Map.of("br_steps", "6000", "shards", "1")).bestResponse(task(MEMORY));
    double value = ExpectedReturns.of(MEMORY, r.policy(), TabularPolicy.uniform(MEMORY))[0];
    assertThat(value).isCloseTo(0.0, within(1e-6));
  }

  @Test
  void theEpisodeHandleAndTheReplayedHistoryGiveTheSameDistribution(@TempDir Path dir) {
    Game kuhn = Games.load("kuhn_poker");
    OracleResult r =
        PpoOracle.fromOptions(with(options("gru"), "br_steps", "800")).bestResponse(task(kuhn));
    RecurrentPolicy policy = (RecurrentPolicy) r.policy();
    PolicyFiles.write(policy, kuhn, dir.resolve("p.json"));
    Policy loaded = PolicyFiles.read(kuhn, dir.resolve("p.json"));
    SplittableRandom random = new SplittableRandom(3);
    for (int episode = 0; episode < 50; episode++) {
      State s = kuhn.newInitialState();
      EpisodePolicy handle = policy.newEpisode(0);
      while (!s.isTerminal()) {
        if (s.isChanceNode()) {
          s.apply(Sampling.chance(s.chanceOutcomes(), random));
          continue;
        }
        int p = s.currentPlayer();
        double[] probs = TabularPolicy.uniform(kuhn).actionProbabilities(s, p);
        if (p == 0) {
          probs = handle.actionProbabilities(s);
          double[] replayed = policy.actionProbabilities(s, 0);
          double[] fromFile = loaded.actionProbabilities(s, 0);
          for (int a = 0; a < probs.length; a++) {
            assertThat(replayed[a]).isCloseTo(probs[a], within(1e-6));
            assertThat(fromFile[a]).isEqualTo(replayed[a]);
          }
        }
        s.apply(s.legalActions(p)[Sampling.index(probs, random)]);
      }
    }
  }

  @Test
  void onlyPpoTrainsRecurrentPolicies() {
    assertThatThrownBy(() -> DqnOracle.fromOptions(Map.of("policy_net", "lstm")))
        .hasMessageContaining("policy_net=lstm");
    assertThatThrownBy(() -> PpoOracle.fromOptions(Map.of("policy_net", "rnn")))
        .hasMessageContaining("policy_net=rnn");
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> out = new java.util.HashMap<>(base);
    out.put(key, value);
    return Map.copyOf(out);
  }
}
