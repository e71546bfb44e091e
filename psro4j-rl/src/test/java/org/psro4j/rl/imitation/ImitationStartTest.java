package org.psro4j.rl.imitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.games.stratego.BarrageBots;
import org.psro4j.policy.Policy;

/**
 * Behaviour cloning of Barrage's heuristic bot into a small convolutional network: what the
 * demonstrations record, that the cross-entropy falls, that the clone learns the heuristic's setup
 * (Flag on a back-row corner, where a fresh network puts it with probability 2/40), and that one
 * seed gives one network.
 */
class ImitationStartTest {

  private static final Game GAME = Games.load("barrage_stratego(max_moves=60)");

  @Test
  void demonstrationsRecordTheTeachersSeatsOnly() {
    Policy teacher = BarrageBots.create("heuristic", GAME);
    Policy random = BarrageBots.create("random", GAME);
    Demonstrations one = Demonstrations.collect(GAME, teacher, List.of(random), 2, 1);
    Demonstrations both = Demonstrations.collect(GAME, teacher, List.of(teacher), 2, 1);
    assertThat(one.games()).isEqualTo(2);
    // Against the random bot: game 0 seats the teacher as player 0, game 1 as player 1.
    assertThat(one.decisions().stream().filter(d -> d.player() == 0).count()).isPositive();
    assertThat(one.decisions().stream().filter(d -> d.player() == 1).count()).isPositive();
    for (Demonstrations.Decision d : one.decisions()) {
      assertThat(Arrays.stream(d.probabilities()).sum()).isCloseTo(1.0, within());
      assertThat(d.legal()).isEqualTo(d.state().legalActions(d.player()));
    }
    // Self-play records both seats: the eight placements of each side in each game at least.
    assertThat(both.size()).isGreaterThanOrEqualTo(2 * 16);
    assertThatThrownBy(() -> Demonstrations.collect(GAME, teacher, List.of(), 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCloneLearnsTheHeuristicsFlagPlacement() {
    Policy teacher = BarrageBots.create("heuristic", GAME);
    ImitationStart settings = new ImitationStart(8, 25, 1e-2, 32);
    ImitationStart.Result r =
        settings.train(
            GAME,
            teacher,
            List.of(BarrageBots.create("random", GAME), teacher),
            new int[] {8, 8},
            7,
            "cpu");
    assertThat(r.decisions()).isGreaterThan(8 * 8);
    assertThat(r.losses()[r.losses().length - 1]).isLessThan(r.losses()[0]);
    State s = GAME.newInitialState();
    int[] legal = s.legalActions();
    double[] p = r.policy().actionProbabilities(s, 0);
    double corners = 0;
    for (int i = 0; i < legal.length; i++) {
      if (legal[i] == 0 || legal[i] == 9) {
        corners += p[i];
      }
    }
    assertThat(corners).isGreaterThan(0.5);
    ImitationStart.Result again =
        settings.train(
            GAME,
            teacher,
            List.of(BarrageBots.create("random", GAME), teacher),
            new int[] {8, 8},
            7,
            "cpu");
    assertThat(again.losses()).containsExactly(r.losses());
    assertThat(again.policy().actionProbabilities(s, 0)).containsExactly(p);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void optionsOverrideTheDefaultsAndBadOnesAreRefused() {
    assertThat(ImitationStart.fromOptions(java.util.Map.of())).isEqualTo(ImitationStart.DEFAULTS);
    assertThat(ImitationStart.DEFAULTS).isEqualTo(new ImitationStart(400, 8, 1e-3, 128));
    assertThat(
            ImitationStart.fromOptions(
                java.util.Map.of("games", "1_000", "epochs", "3", "lr", "0.01", "minibatch", "64")))
        .isEqualTo(new ImitationStart(1000, 3, 0.01, 64));
    assertThatThrownBy(() -> ImitationStart.fromOptions(java.util.Map.of("epochs", "0")))
        .hasMessage("imitation option epochs=0 must be a whole number of at least 1");
    assertThatThrownBy(() -> ImitationStart.fromOptions(java.util.Map.of("lr", "2")))
        .hasMessage("imitation option lr=2 must be a number in (0, 1]");
    assertThatThrownBy(() -> ImitationStart.fromOptions(java.util.Map.of("batch", "2")))
        .hasMessage("unknown imitation option(s) [batch]; known: games, epochs, lr, minibatch");
  }
}
