package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.SessionState;
import org.psro4j.learn.SessionStateFiles;
import org.psro4j.learn.TrainingProgress;
import org.psro4j.learn.TrainingSession;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.OracleResult;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.RecurrentPolicy;
import org.psro4j.rl.nn.SquashedGaussianPolicy;
import org.psro4j.rl.nn.StateArrays;

/**
 * Every learning oracle's session, trained {@code k} steps, saved to a directory, restored into a
 * fresh session and trained {@code m} more, ends bit for bit where {@code k + m} steps straight end
 * (one rollout shard, so one thread).
 */
class TrainingSessionResumeTest {

  private static final Game KUHN = Games.load("kuhn_poker");

  static Stream<Arguments> oracles() {
    Map<String, String> small = Map.of("shards", "1", "hidden", "16", "num_envs", "8");
    return Stream.of(
        Arguments.of(
            PpoOracle.fromOptions(
                with(small, "br_steps", "3000", "rollout_steps", "400", "minibatch", "64")),
            KUHN),
        Arguments.of(
            PpoOracle.fromOptions(
                with(
                    small,
                    "br_steps",
                    "3000",
                    "rollout_steps",
                    "400",
                    "minibatch",
                    "64",
                    "pfsp",
                    "2")),
            KUHN),
        Arguments.of(
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
            DqnOracle.fromOptions(
                with(
                    small,
                    "br_steps",
                    "3000",
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
            DqnOracle.fromOptions(
                with(
                    small,
                    "br_steps",
                    "3000",
                    "rollout_steps",
                    "300",
                    "batch",
                    "32",
                    "replay_ratio",
                    "2",
                    "lr_end",
                    "1e-4",
                    "buffer",
                    "500")),
            KUHN),
        Arguments.of(
            DqnOracle.fromOptions(
                with(
                    small,
                    "br_steps",
                    "3000",
                    "rollout_steps",
                    "300",
                    "batch",
                    "32",
                    "replay_ratio",
                    "2",
                    "loss",
                    "huber",
                    "n_step",
                    "3",
                    "buffer",
                    "500")),
            KUHN),
        Arguments.of(
            MpoOracle.fromOptions(
                with(small, "br_steps", "3000", "rollout_steps", "400", "minibatch", "64")),
            KUHN),
        Arguments.of(SacOracle.fromOptions(continuous()), ContinuousOracleContract.BLOTTO),
        Arguments.of(
            CrossQOracle.fromOptions(
                with(continuous(), "renorm_warmup", "20", "policy_delay", "2")),
            ContinuousOracleContract.BLOTTO));
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

  private static BestResponseTask task(Game game) {
    Policy opponent =
        game.hasContinuousActions()
            ? ContinuousBlottoFixtures.uniform(game.continuousActionSize())
            : TabularPolicy.uniform(game);
    return new BestResponseTask(game, 0, PpoOracleTest.fixed(0, opponent), 11, null, "br");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void trainingInPiecesAcrossASaveEqualsTrainingStraight(
      LearningOracle oracle, Game game, @TempDir Path dir) {
    long k = oracle.budget() / 3;
    long m = oracle.budget() - k;
    BestResponseTask task = task(game);
    TrainingProgress straight;
    byte[] straightParameters;
    try (TrainingSession s = oracle.start(task)) {
      straight = s.train(k + m);
      straightParameters = parameters(s.snapshot());
    }
    try (TrainingSession first = oracle.start(task)) {
      first.train(k);
      SessionStateFiles.write(dir, first.saveState());
    }
    SessionState saved = SessionStateFiles.read(dir);
    assertThat(saved.kind()).isEqualTo(oracle.name());
    try (TrainingSession resumed = oracle.resume(task, saved)) {
      TrainingProgress p = resumed.train(m);
      assertThat(parameters(resumed.snapshot())).isEqualTo(straightParameters);
      assertThat(p.steps()).isEqualTo(straight.steps());
      assertThat(p.episodes()).isEqualTo(straight.episodes());
      assertThat(p.updates()).isEqualTo(straight.updates()).isPositive();
      assertThat(p.meanReturn()).isEqualTo(straight.meanReturn());
      assertThat(p.movingReturn()).isEqualTo(straight.movingReturn());
      assertThat(p.gain()).isEqualTo(straight.gain());
    }
    // The one-shot oracle is the session run to its budget.
    OracleResult once = oracle.bestResponse(task);
    assertThat(parameters(once.policy())).isEqualTo(straightParameters);
    assertThat(once.value()).isEqualTo(straight.meanReturn());
    assertThat(once.steps()).isEqualTo(straight.steps());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void aStateRefusesASessionOfAnotherPlayer(LearningOracle oracle, Game game) {
    BestResponseTask task = task(game);
    SessionState state;
    try (TrainingSession s = oracle.start(task)) {
      state = s.saveState(false);
    }
    BestResponseTask other =
        new BestResponseTask(
            game, 1, PpoOracleTest.fixed(1, sample(game)), task.seed(), null, "br");
    assertThatThrownBy(() -> oracle.resume(other, state).close()).hasMessageContaining("player 0");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void retargetingKeepsTheLearnerAndTheStepCount(LearningOracle oracle, Game game) {
    BestResponseTask task = task(game);
    try (TrainingSession s = oracle.start(task)) {
      s.retarget(PpoOracleTest.fixed(0, sample(game)));
      assertThat(s.progress().steps()).isZero();
      assertThatThrownBy(() -> s.retarget(PpoOracleTest.fixed(1, sample(game))))
          .hasMessageContaining("player 0");
    }
  }

  private static Policy sample(Game game) {
    return game.hasContinuousActions()
        ? ContinuousBlottoFixtures.uniform(game.continuousActionSize())
        : TabularPolicy.uniform(game);
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
}
