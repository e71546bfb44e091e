package org.psro4j.rl.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.ObservationSpec;

class VectorRolloutsTest {

  /** Plays uniformly over the legal actions. */
  static final LearnerActor UNIFORM =
      (obs, masks, legal, rows, random, actions, logProbs) -> {
        for (int i = 0; i < rows; i++) {
          actions[i] = legal[i][random.nextInt(legal[i].length)];
          logProbs[i] = (float) -Math.log(legal[i].length);
        }
      };

  private static Opponents against(Game game, int learner, Policy opponent) {
    List<List<Policy>> pops =
        java.util.stream.IntStream.range(0, game.numPlayers())
            .mapToObj(p -> List.of(opponent))
            .toList();
    double[][] weights = new double[game.numPlayers()][];
    for (int p = 0; p < weights.length; p++) {
      weights[p] = new double[] {1.0};
    }
    return new Opponents.Independent(learner, pops, weights);
  }

  @Test
  void meanReturnMatchesTheExactValueOfUniformPlayInKuhn() {
    Game kuhn = Games.load("kuhn_poker");
    TabularPolicy uniform = TabularPolicy.uniform(kuhn);
    var runner =
        new VectorRollouts(kuhn, against(kuhn, 1, uniform), ObservationSpec.of(kuhn), 64, 2);
    Trajectories t = runner.collect(UNIFORM, 60_000, 5);
    double exact = ExpectedReturns.of(kuhn, uniform)[1];
    // about 25k episodes, return standard deviation below 1.5: 4 standard errors is under 0.04.
    assertThat(t.episodes()).isGreaterThan(20_000);
    assertThat(t.meanReturn()).isCloseTo(exact, within(0.04));
    assertThat(t.environmentSteps()).isGreaterThanOrEqualTo(60_000);
    // Every Kuhn episode gives player 1 exactly one or two decisions, the last one done.
    int doneCount = 0;
    for (int i = 0; i < t.size(); i++) {
      doneCount += t.done()[i] ? 1 : 0;
    }
    assertThat(doneCount).isEqualTo(t.episodes());
    assertThat(t.done()[t.size() - 1]).isTrue();
  }

  @Test
  void collectionIsDeterministicPerSeedWithTwoShards() {
    Game leduc = Games.load("leduc_poker");
    ObservationSpec spec = ObservationSpec.of(leduc);
    NeuralPolicy neural =
        new NeuralPolicy(
            leduc.toString(),
            spec,
            NeuralPolicy.Head.SOFTMAX,
            MlpNetwork.create(
                new int[] {spec.size(), 8, spec.numActions()}, 1.0, 2, DjlRuntime.device("cpu")));
    var runner = new VectorRollouts(leduc, against(leduc, 0, neural), spec, 32, 2);
    Trajectories a = runner.collect(UNIFORM, 5_000, 9);
    Trajectories b = runner.collect(UNIFORM, 5_000, 9);
    assertThat(a.size()).isEqualTo(b.size()).isPositive();
    assertThat(java.util.Arrays.copyOf(a.actions(), a.size()))
        .containsExactly(java.util.Arrays.copyOf(b.actions(), b.size()));
    assertThat(java.util.Arrays.copyOf(a.rewards(), a.size()))
        .containsExactly(java.util.Arrays.copyOf(b.rewards(), b.size()));
    assertThat(a.meanReturn()).isEqualTo(b.meanReturn());
  }

  @Test
  void simultaneousMoveGamesArePlayedTurnByTurn() {
    Game goofspiel = Games.load("goofspiel(num_cards=4)");
    TabularPolicy uniform = TabularPolicy.uniform(goofspiel);
    var runner =
        new VectorRollouts(
            goofspiel, against(goofspiel, 0, uniform), ObservationSpec.of(goofspiel), 16, 1);
    Trajectories t = runner.collect(UNIFORM, 4_000, 1);
    // Goofspiel plays the last, forced bid itself: 3 learner decisions per episode of 4 cards.
    assertThat(t.size()).isEqualTo(3 * t.episodes());
    assertThat(t.meanReturn()).isCloseTo(ExpectedReturns.of(goofspiel, uniform)[0], within(0.1));
  }

  @Test
  void neuralCoPlayersActInSimultaneousMoveGames() {
    // A batched (neural) co-player is asked at the simultaneous state underneath the turn-based
    // one; its action must still be applied to the turn-based episode.
    Game goofspiel = Games.load("goofspiel(num_cards=4)");
    ObservationSpec spec = ObservationSpec.of(goofspiel);
    NeuralPolicy neural =
        new NeuralPolicy(
            goofspiel.toString(),
            spec,
            NeuralPolicy.Head.SOFTMAX,
            MlpNetwork.create(
                new int[] {spec.size(), 8, spec.numActions()}, 1.0, 3, DjlRuntime.device("cpu")));
    var runner = new VectorRollouts(goofspiel, against(goofspiel, 0, neural), spec, 32, 2);
    Trajectories t = runner.collect(UNIFORM, 2_000, 4);
    assertThat(t.size()).isEqualTo(3 * t.episodes());
    assertThat(t.meanReturn()).isBetween(-1.0, 1.0);
  }
}
