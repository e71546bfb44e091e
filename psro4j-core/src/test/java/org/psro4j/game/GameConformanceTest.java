package org.psro4j.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance suite every game runs (after OpenSpiel's {@code spiel_utils} random-simulation
 * tests): game-string round trip, declared facts, and many seeded random playouts that check chance
 * probabilities, legal actions, copy independence, information states, tensor sizes and returns.
 *
 * <p>Extend it and list game strings in {@link #games()}; other modules reuse it through core's
 * test-jar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GameConformanceTest {

  private static final double TOLERANCE = 1e-9;

  /** The game strings to check, e.g. {@code kuhn_poker(players=3)}. */
  protected abstract List<String> games();

  /** Random playouts per game; override for slow games. */
  protected int playouts() {
    return 300;
  }

  /**
   * Random playouts for {@code game}: {@link #playouts()}, scaled down for games longer than 200
   * moves (each node's copy is played to the end, so a playout costs about its length squared), but
   * never below 30 unless {@link #playouts()} is.
   */
  protected int playouts(Game game) {
    int length = game.maxGameLength();
    if (length <= 200) {
      return playouts();
    }
    return Math.max(Math.min(playouts(), 30), (int) ((long) playouts() * 200 / length));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("games")
  void gameStringRoundTrips(String gameString) {
    Game game = Games.load(gameString);
    String canonical = game.toString();
    assertThat(Games.load(canonical).toString()).isEqualTo(canonical);
    assertThat(game.parameters().toString()).isEqualTo(canonical);
    assertThat(Games.load(canonical).parameters()).isEqualTo(game.parameters());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("games")
  void declaredFactsAreConsistent(String gameString) {
    Game game = Games.load(gameString);
    GameType type = game.type();
    assertThat(game.numPlayers()).isPositive();
    if (game.hasContinuousActions()) {
      assertThat(game.continuousActionSize()).isPositive();
      assertThat(game.newInitialState()).isInstanceOf(ContinuousState.class);
    } else {
      assertThat(game.numDistinctActions()).isPositive();
    }
    assertThat(game.maxGameLength()).isPositive();
    assertThat(game.minUtility()).isLessThanOrEqualTo(game.maxUtility());
    assertThat(game.maxChanceOutcomes() == 0)
        .as("no chance outcomes exactly when the game is deterministic")
        .isEqualTo(type.chance() == GameType.ChanceMode.DETERMINISTIC);
    if (type.providesInformationStateTensor()) {
      assertThat(game.informationStateTensorSize()).isPositive();
    }
    if (type.providesObservationTensor()) {
      assertThat(game.observationTensorSize()).isPositive();
    }
    if (type.utility() == GameType.Utility.ZERO_SUM) {
      assertThat(game.utilitySum()).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("games")
  void randomPlayoutsKeepEveryInvariant(String gameString) {
    Game game = Games.load(gameString);
    SplittableRandom rng = new SplittableRandom(gameString.hashCode());
    Map<String, String> seenInfoStates = new HashMap<>();
    for (int i = 0, n = playouts(game); i < n; i++) {
      playOut(game, rng, seenInfoStates);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("games")
  void actionsOutsideTheLegalSetAreRejected(String gameString) {
    Game game = Games.load(gameString);
    State state = game.newInitialState();
    SplittableRandom rng = new SplittableRandom(7);
    while (!state.isTerminal()) {
      int p = state.currentPlayer();
      if (state instanceof ContinuousState cs && actsContinuously(cs)) {
        ContinuousActionChecks.checkRejections(cs, rng);
      } else if (p >= 0) {
        State probe = state.copy();
        assertThatThrownBy(() -> probe.apply(-1)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> probe.apply(game.numDistinctActions()))
            .isInstanceOf(RuntimeException.class);
      }
      step(state, rng);
    }
    State terminal = state;
    assertThatThrownBy(() -> terminal.apply(0)).isInstanceOf(IllegalStateException.class);
    if (terminal instanceof ContinuousState cs) {
      double[] vector = new double[game.continuousActionSize()];
      assertThatThrownBy(() -> cs.applyContinuous(vector))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> cs.applyContinuous(new double[game.numPlayers()][vector.length]))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  private void playOut(Game game, SplittableRandom rng, Map<String, String> seenInfoStates) {
    State state = game.newInitialState();
    double[] rewardSum = new double[game.numPlayers()];
    int moves = 0;
    while (!state.isTerminal()) {
      checkNode(game, state, seenInfoStates);
      checkCopyIndependence(state, rng);
      if (!state.isChanceNode()) {
        moves++;
      }
      step(state, rng);
      double[] rewards = state.rewards();
      assertThat(rewards).hasSize(game.numPlayers());
      for (int p = 0; p < rewards.length; p++) {
        rewardSum[p] += rewards[p];
      }
    }
    assertThat(moves).as("moves in %s", state).isLessThanOrEqualTo(game.maxGameLength());
    checkTerminal(game, state, rewardSum);
  }

  /**
   * Applies a uniformly random legal action (chance samples its distribution); players of a
   * continuous game get random vectors in {@code [0,1]^d}, now and then a corner of the box.
   */
  protected static void step(State state, SplittableRandom rng) {
    if (state.isChanceNode()) {
      ChanceOutcome[] outcomes = state.chanceOutcomes();
      double u = rng.nextDouble();
      int pick = outcomes.length - 1;
      for (int i = 0; i < outcomes.length; i++) {
        u -= outcomes[i].probability();
        if (u < 0) {
          pick = i;
          break;
        }
      }
      state.apply(outcomes[pick].action());
    } else if (state instanceof ContinuousState cs && actsContinuously(cs)) {
      int d = state.game().continuousActionSize();
      if (state.isSimultaneousNode()) {
        double[][] joint = new double[state.game().numPlayers()][];
        for (int p = 0; p < joint.length; p++) {
          joint[p] = ContinuousActionChecks.randomVector(d, rng);
        }
        cs.applyContinuous(joint);
      } else {
        cs.applyContinuous(ContinuousActionChecks.randomVector(d, rng));
      }
    } else if (state.isSimultaneousNode()) {
      int[] joint = new int[state.game().numPlayers()];
      for (int p = 0; p < joint.length; p++) {
        int[] legal = state.legalActions(p);
        joint[p] = legal[rng.nextInt(legal.length)];
      }
      state.apply(joint);
    } else {
      int[] legal = state.legalActions();
      state.apply(legal[rng.nextInt(legal.length)]);
    }
  }

  /** Whether a player (the one to move, or any at a simultaneous node) chooses a vector now. */
  static boolean actsContinuously(ContinuousState state) {
    if (state.isSimultaneousNode()) {
      for (int p = 0; p < state.game().numPlayers(); p++) {
        if (state.actsContinuously(p)) {
          return true;
        }
      }
      return false;
    }
    return state.currentPlayer() >= 0 && state.actsContinuously(state.currentPlayer());
  }

  private void checkNode(Game game, State state, Map<String, String> seenInfoStates) {
    int current = state.currentPlayer();
    int n = game.numPlayers();
    checkHistory(game, state);
    if (current == State.CHANCE) {
      checkChance(game, state);
      return;
    }
    if (current == State.SIMULTANEOUS) {
      assertThat(game.type().dynamics()).isEqualTo(GameType.Dynamics.SIMULTANEOUS);
      assertThat(state.legalActions()).isEmpty();
      for (int p = 0; p < n; p++) {
        checkActions(game, state, p);
        recordInfoState(state, p, seenInfoStates);
      }
    } else {
      assertThat(current).isBetween(0, n - 1);
      checkActions(game, state, current);
      assertThat(state.legalActions(current)).isEqualTo(state.legalActions());
      for (int p = 0; p < n; p++) {
        if (p != current) {
          assertThat(state.legalActions(p)).as("actions of idle player %d", p).isEmpty();
        }
      }
      recordInfoState(state, current, seenInfoStates);
    }
    checkViews(game, state);
  }

  /** Where a game records its history, replaying it from the start gives the same state. */
  private static void checkHistory(Game game, State state) {
    int[] history;
    try {
      history = state.history();
    } catch (UnsupportedOperationException e) {
      return;
    }
    State replay = game.newInitialState();
    for (int a : history) {
      replay.apply(a);
    }
    assertThat(replay.currentPlayer()).isEqualTo(state.currentPlayer());
    for (int p = 0; p < game.numPlayers(); p++) {
      assertThat(replay.informationStateString(p)).isEqualTo(state.informationStateString(p));
    }
  }

  private static void checkChance(Game game, State state) {
    assertThat(game.type().chance()).isNotEqualTo(GameType.ChanceMode.DETERMINISTIC);
    ChanceOutcome[] outcomes = state.chanceOutcomes();
    assertThat(outcomes).isNotEmpty();
    assertThat(outcomes.length).isLessThanOrEqualTo(game.maxChanceOutcomes());
    double sum = 0;
    int[] actions = new int[outcomes.length];
    for (int i = 0; i < outcomes.length; i++) {
      assertThat(outcomes[i].probability()).isPositive();
      sum += outcomes[i].probability();
      actions[i] = outcomes[i].action();
    }
    assertThat(sum).as("chance probabilities in %s", state).isCloseTo(1.0, within(1e-12));
    assertThat(actions).isEqualTo(state.legalActions(State.CHANCE));
    assertThat(actions).isEqualTo(state.legalActions());
    assertIncreasing(actions);
  }

  /** Indexed actions are non-empty and increasing; a player choosing a vector has none. */
  private static void checkActions(Game game, State state, int player) {
    int[] legal = state.legalActions(player);
    if (state instanceof ContinuousState cs && cs.actsContinuously(player)) {
      assertThat(legal).as("indexed actions of continuous player %d", player).isEmpty();
      return;
    }
    assertThat(game.hasContinuousActions() && !(state instanceof ContinuousState))
        .as("states of a continuous game are ContinuousStates")
        .isFalse();
    assertThat(legal).isNotEmpty();
    assertIncreasing(legal);
    assertThat(legal[0]).isGreaterThanOrEqualTo(0);
    assertThat(legal[legal.length - 1]).isLessThan(game.numDistinctActions());
  }

  private static void assertIncreasing(int[] actions) {
    for (int i = 1; i < actions.length; i++) {
      assertThat(actions[i])
          .as("actions %s", Arrays.toString(actions))
          .isGreaterThan(actions[i - 1]);
    }
  }

  /** One information-state string must always come with the same legal actions and tensor. */
  private static void recordInfoState(State state, int player, Map<String, String> seen) {
    GameType type = state.game().type();
    if (!type.providesInformationStateString()) {
      return;
    }
    String key = player + "\u0000" + state.informationStateString(player);
    String facts = Arrays.toString(state.legalActions(player));
    if (type.providesInformationStateTensor()) {
      facts += Arrays.toString(state.informationStateTensor(player));
    }
    String before = seen.putIfAbsent(key, facts);
    if (before != null) {
      assertThat(facts).as("facts of info state %s", key).isEqualTo(before);
    }
  }

  private static void checkViews(Game game, State state) {
    GameType type = game.type();
    int n = game.numPlayers();
    String[] strings = new String[n];
    for (int p = 0; p < n; p++) {
      int q = p;
      if (type.providesInformationStateString()) {
        strings[p] = state.informationStateString(p);
        assertThat(strings[p]).isNotNull();
        assertThat(state.observationString(p)).isNotNull();
      }
      if (type.providesInformationStateTensor()) {
        checkTensor(
            game.informationStateTensorSize(),
            state.informationStateTensor(p),
            (out, off) -> state.informationStateTensor(q, out, off));
      }
      if (type.providesObservationTensor()) {
        checkTensor(
            game.observationTensorSize(),
            state.observationTensor(p),
            (out, off) -> state.observationTensor(q, out, off));
      }
    }
    if (type.information() == GameType.Information.IMPERFECT
        && type.providesInformationStateString()) {
      assertThat(Arrays.stream(strings).distinct().count())
          .as("players' information states in %s: %s", state, Arrays.toString(strings))
          .isEqualTo(n);
    }
  }

  /** Writes into a larger buffer at an offset; the slice must equal the fresh tensor. */
  private static void checkTensor(int size, float[] fresh, TensorWriter writer) {
    assertThat(fresh).hasSize(size);
    float[] buffer = new float[size + 5];
    Arrays.fill(buffer, 42f);
    writer.write(buffer, 3);
    assertThat(Arrays.copyOfRange(buffer, 3, 3 + size)).isEqualTo(fresh);
    assertThat(buffer[2]).isEqualTo(42f);
    assertThat(buffer[size + 3]).isEqualTo(42f);
  }

  private interface TensorWriter {
    void write(float[] out, int offset);
  }

  /** A copy must see the same views; playing the copy on must leave the original untouched. */
  private static void checkCopyIndependence(State state, SplittableRandom rng) {
    int n = state.game().numPlayers();
    boolean strings = state.game().type().providesInformationStateString();
    State copy = state.copy();
    String description = state.toString();
    String[] before = new String[n];
    for (int p = 0; p < n; p++) {
      before[p] = strings ? state.informationStateString(p) : "";
      if (strings) {
        assertThat(copy.informationStateString(p)).isEqualTo(before[p]);
      }
      assertThat(copy.legalActions(p)).isEqualTo(state.legalActions(p));
    }
    assertThat(copy.currentPlayer()).isEqualTo(state.currentPlayer());
    int[] legalBefore = state.legalActions();
    while (!copy.isTerminal()) {
      step(copy, rng);
    }
    assertThat(state.toString()).isEqualTo(description);
    assertThat(state.legalActions()).isEqualTo(legalBefore);
    assertThat(state.isTerminal()).isFalse();
    for (int p = 0; p < n; p++) {
      if (strings) {
        assertThat(state.informationStateString(p)).isEqualTo(before[p]);
      }
    }
  }

  private static void checkTerminal(Game game, State state, double[] rewardSum) {
    int n = game.numPlayers();
    assertThat(state.currentPlayer()).isEqualTo(State.TERMINAL);
    assertThat(state.legalActions()).isEmpty();
    for (int p = 0; p < n; p++) {
      assertThat(state.legalActions(p)).isEmpty();
      if (state instanceof ContinuousState cs) {
        assertThat(cs.actsContinuously(p)).as("player %d acting at a terminal", p).isFalse();
      }
    }
    double[] returns = state.returns();
    assertThat(returns).hasSize(n);
    double sum = 0;
    for (int p = 0; p < n; p++) {
      assertThat(returns[p])
          .as("return of player %d in %s", p, state)
          .isBetween(game.minUtility() - TOLERANCE, game.maxUtility() + TOLERANCE);
      assertThat(rewardSum[p])
          .as("rewards of player %d sum to its return", p)
          .isCloseTo(returns[p], within(TOLERANCE));
      sum += returns[p];
    }
    switch (game.type().utility()) {
      case ZERO_SUM ->
          assertThat(sum)
              .as("zero-sum returns %s", Arrays.toString(returns))
              .isCloseTo(0.0, within(TOLERANCE));
      case CONSTANT_SUM -> assertThat(sum).isCloseTo(game.utilitySum(), within(TOLERANCE));
      case IDENTICAL -> assertThat(Arrays.stream(returns).distinct().count()).isEqualTo(1);
      case GENERAL_SUM -> {}
    }
  }
}
