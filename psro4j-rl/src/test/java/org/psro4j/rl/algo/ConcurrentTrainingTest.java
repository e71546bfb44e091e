package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.TrainingProgress;
import org.psro4j.learn.TrainingSession;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.RecurrentPolicy;
import org.psro4j.rl.nn.SquashedGaussianPolicy;
import org.psro4j.rl.nn.StateArrays;

/**
 * Learners on different threads of one JVM take gradient steps at the same time (as Pipeline PSRO's
 * workers and PSRO's per-player best responses do) and each ends bit for bit where it ends trained
 * alone: parameters, steps, episodes, updates and returns. Every session uses one rollout shard;
 * the threads start together behind a barrier.
 */
class ConcurrentTrainingTest {

  private static final Game KUHN = Games.load("kuhn_poker");

  /** A finished session: its policy's parameters (hex) and its progress figures. */
  private record Outcome(String parameters, long steps, long episodes, long updates, double mean) {}

  /** One session to train: which oracle, on which game, with which task seed. */
  private record Job(LearningOracle oracle, Game game, long seed) {}

  static Stream<Arguments> oracles() {
    Map<String, String> small = Map.of("shards", "1", "hidden", "16", "num_envs", "8");
    return Stream.of(
        Arguments.of(
            "dqn",
            DqnOracle.fromOptions(
                with(
                    small,
                    "br_steps",
                    "4000",
                    "rollout_steps",
                    "300",
                    "batch",
                    "32",
                    "replay_ratio",
                    "2",
                    "target_update",
                    "7",
                    "buffer",
                    "500")),
            KUHN),
        Arguments.of(
            "ppo",
            PpoOracle.fromOptions(
                with(small, "br_steps", "4000", "rollout_steps", "400", "minibatch", "64")),
            KUHN),
        Arguments.of(
            "ppo-lstm",
            PpoOracle.fromOptions(
                with(
                    small,
                    "br_steps",
                    "1500",
                    "rollout_steps",
                    "300",
                    "minibatch",
                    "32",
                    "policy_net",
                    "lstm")),
            Games.load("memory_cue")),
        Arguments.of(
            "mpo",
            MpoOracle.fromOptions(
                with(small, "br_steps", "4000", "rollout_steps", "400", "minibatch", "64")),
            KUHN),
        Arguments.of("sac", SacOracle.fromOptions(continuous()), ContinuousOracleContract.BLOTTO),
        Arguments.of(
            "crossq",
            CrossQOracle.fromOptions(
                with(continuous(), "renorm_warmup", "20", "policy_delay", "2")),
            ContinuousOracleContract.BLOTTO));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void twoSeedsTrainedAtOnceEqualTheSameSeedsTrainedInTurn(
      String name, LearningOracle oracle, Game game) throws Exception {
    List<Job> jobs = List.of(new Job(oracle, game, 11), new Job(oracle, game, 12));
    List<Outcome> inTurn = jobs.stream().map(ConcurrentTrainingTest::train).toList();
    assertThat(inTurn.get(0).parameters()).isNotEqualTo(inTurn.get(1).parameters());
    assertThat(atOnce(jobs)).containsExactlyElementsOf(inTurn);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void oneSeedTrainedTwiceAtOnceGivesTheSameLearnerTwice(
      String name, LearningOracle oracle, Game game) throws Exception {
    Outcome alone = train(new Job(oracle, game, 11));
    assertThat(atOnce(List.of(new Job(oracle, game, 11), new Job(oracle, game, 11))))
        .containsExactly(alone, alone);
  }

  /** Four different learners (two discrete, two continuous) on four threads at once. */
  @Test
  void fourLearnersOfDifferentKindsAtOnceEqualThemInTurn() throws Exception {
    List<Arguments> all = oracles().toList();
    List<Job> jobs = new ArrayList<>();
    for (int i : new int[] {0, 1, 3, 4}) {
      Object[] a = all.get(i).get();
      jobs.add(new Job((LearningOracle) a[1], (Game) a[2], 20 + i));
    }
    List<Outcome> inTurn = jobs.stream().map(ConcurrentTrainingTest::train).toList();
    for (int round = 0; round < 2; round++) {
      assertThat(atOnce(jobs)).containsExactlyElementsOf(inTurn);
    }
  }

  private static List<Outcome> atOnce(List<Job> jobs) throws Exception {
    CyclicBarrier start = new CyclicBarrier(jobs.size());
    try (ExecutorService pool = Executors.newFixedThreadPool(jobs.size())) {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Job job : jobs) {
        futures.add(
            pool.submit(
                () -> {
                  start.await(60, TimeUnit.SECONDS);
                  return train(job);
                }));
      }
      List<Outcome> out = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        out.add(f.get());
      }
      return out;
    }
  }

  private static Outcome train(Job job) {
    Policy opponent =
        job.game().hasContinuousActions()
            ? ContinuousBlottoFixtures.uniform(job.game().continuousActionSize())
            : TabularPolicy.uniform(job.game());
    BestResponseTask task =
        new BestResponseTask(
            job.game(), 0, PpoOracleTest.fixed(0, opponent), job.seed(), null, "br");
    try (TrainingSession s = job.oracle().start(task)) {
      TrainingProgress p = s.train(job.oracle().budget());
      assertThat(p.updates()).isPositive();
      return new Outcome(
          HexFormat.of().formatHex(parameters(s.snapshot())),
          p.steps(),
          p.episodes(),
          p.updates(),
          p.meanReturn());
    }
  }

  private static byte[] parameters(Policy policy) {
    if (policy instanceof RecurrentPolicy r) {
      return StateArrays.encode(r.core().parameters());
    }
    MlpNetwork n =
        policy instanceof NeuralPolicy neural
            ? neural.network()
            : ((SquashedGaussianPolicy) policy).network();
    return n.encodeParameters();
  }

  private static Map<String, String> continuous() {
    return Map.of(
        "br_steps",
        "600",
        "num_envs",
        "4",
        "rollout_steps",
        "40",
        "batch",
        "16",
        "learning_starts",
        "100",
        "hidden",
        "16",
        "critic_hidden",
        "16",
        "buffer",
        "300");
  }

  private static Map<String, String> with(Map<String, String> base, String... kv) {
    Map<String, String> out = new java.util.HashMap<>(base);
    for (int i = 0; i < kv.length; i += 2) {
      out.put(kv[i], kv[i + 1]);
    }
    return Map.copyOf(out);
  }
}
