package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.games.stratego.BarrageBots;
import org.psro4j.learn.SessionState;
import org.psro4j.learn.SessionStateFiles;
import org.psro4j.learn.TrainingProgress;
import org.psro4j.learn.TrainingSession;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.rl.nn.BoardShape;
import org.psro4j.rl.nn.ConvPolicy;

/**
 * PPO with the convolutional board network ({@code policy_net=conv}) on Barrage Stratego: the board
 * shape the game declares, exact resume across a save, the policy file round trip, and refusals.
 */
class ConvPpoTest {

  static final Game GAME = Games.load("barrage_stratego(max_moves=60,shaping=0.1)");

  static final Map<String, String> SMALL =
      Map.of(
          "policy_net", "conv",
          "hidden", "8,8",
          "shards", "1",
          "num_envs", "4",
          "br_steps", "600",
          "rollout_steps", "200",
          "minibatch", "64",
          "epochs", "2");

  private static BestResponseTask task(Game game) {
    Policy random = BarrageBots.create("random", game);
    return new BestResponseTask(game, 0, PpoOracleTest.fixed(0, random), 5, null, "br");
  }

  @Test
  void barrageDeclaresItsBoard() {
    BoardShape shape = BoardShape.of(GAME);
    assertThat(shape).isEqualTo(new BoardShape(10, 10, 19, 26, new int[] {1, 36}));
    assertThat(shape.numActions()).isEqualTo(GAME.numDistinctActions()).isEqualTo(3700);
    assertThat(shape.inputSize()).isEqualTo(GAME.informationStateTensorSize());
  }

  @Test
  void aGameWithoutABoardIsRefusedByName() {
    PpoOracle oracle = PpoOracle.fromOptions(SMALL);
    assertThat(oracle.settings().recurrent()).isFalse();
    assertThatThrownBy(() -> oracle.checkSupports(Games.load("kuhn_poker")))
        .hasMessageContaining("policy_net=conv")
        .hasMessageContaining("kuhn_poker");
  }

  @Test
  void trainingInPiecesAcrossASaveEqualsTrainingStraight(@TempDir Path dir) {
    PpoOracle oracle = PpoOracle.fromOptions(SMALL);
    BestResponseTask task = task(GAME);
    TrainingProgress straight;
    byte[] straightParameters;
    try (TrainingSession s = oracle.start(task)) {
      straight = s.train(600);
      straightParameters = ((ConvPolicy) s.snapshot()).network().encodeParameters();
    }
    try (TrainingSession first = oracle.start(task)) {
      first.train(200);
      SessionStateFiles.write(dir, first.saveState());
    }
    SessionState saved = SessionStateFiles.read(dir);
    try (TrainingSession resumed = oracle.resume(task, saved)) {
      TrainingProgress p = resumed.train(400);
      assertThat(((ConvPolicy) resumed.snapshot()).network().encodeParameters())
          .isEqualTo(straightParameters);
      assertThat(p.steps()).isEqualTo(straight.steps());
      assertThat(p.updates()).isEqualTo(straight.updates()).isPositive();
      assertThat(p.meanReturn()).isEqualTo(straight.meanReturn());
    }
  }

  @Test
  void aSavedPolicyPlaysAsBefore(@TempDir Path dir) {
    Policy policy = PpoOracle.fromOptions(SMALL).bestResponse(task(GAME)).policy();
    assertThat(policy).isInstanceOf(ConvPolicy.class);
    Path file = dir.resolve("p0.json");
    PolicyFiles.write(policy, GAME, file);
    Policy loaded = PolicyFiles.read(GAME, file);
    assertThat(loaded).isInstanceOf(ConvPolicy.class);
    List<State> states = new ArrayList<>();
    State s = GAME.newInitialState();
    SplittableRandom random = new SplittableRandom(3);
    while (!s.isTerminal() && states.size() < 40) {
      states.add(s.copy());
      int[] legal = s.legalActions();
      s.apply(legal[random.nextInt(legal.length)]);
    }
    for (State state : states) {
      int p = state.currentPlayer();
      double[] before = policy.actionProbabilities(state, p);
      assertThat(loaded.actionProbabilities(state, p)).containsExactly(before);
      assertThat(java.util.Arrays.stream(before).sum())
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThatThrownBy(() -> PolicyFiles.read(Games.load("kuhn_poker"), file))
        .hasMessageContaining("barrage_stratego");
  }
}
