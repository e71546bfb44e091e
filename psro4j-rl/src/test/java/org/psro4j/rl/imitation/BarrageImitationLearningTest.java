package org.psro4j.rl.imitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.games.stratego.BarrageBots;
import org.psro4j.games.stratego.VersusBot;
import org.psro4j.policy.Policy;

/**
 * The bounded CI check of Barrage's supervised start ({@code --init imitation}): the heuristic bot
 * cloned from 60 recorded games (4 epochs) into a small convolutional network (widths 16,16,16)
 * must beat the random bot on the official game clearly more often than the random bot beats
 * itself, over the same 200 games (about a minute on a loaded 2-core machine). The full-size clone
 * and the PPO run that starts from it are the {@code barrage-conv} bench scenario.
 */
@Tag("learning")
class BarrageImitationLearningTest {

  static final int GAMES = 200;

  @Test
  void theCloneOfTheHeuristicBeatsTheRandomBot() {
    Game train = Games.load("barrage_stratego(max_moves=300,shaping=0.1)");
    Game official = Games.load("barrage_stratego");
    Policy teacher = BarrageBots.create("heuristic", train);
    Policy random = BarrageBots.create("random", official);
    ImitationStart.Result r =
        new ImitationStart(60, 4, 1e-3, 128)
            .train(train, teacher, List.of(random, teacher), new int[] {16, 16, 16}, 11, "cpu");
    double[][] pure = {{1}, {1}};
    VersusBot clone =
        VersusBot.play(
            official, List.of(List.of(r.policy()), List.of(r.policy())), pure, random, GAMES, 5);
    VersusBot baseline =
        VersusBot.play(official, List.of(List.of(random), List.of(random)), pure, random, GAMES, 5);
    System.err.println(
        "clone "
            + clone
            + " baseline "
            + baseline
            + " losses "
            + java.util.Arrays.toString(r.losses()));
    assertThat(clone.winRate()).isGreaterThan(baseline.winRate() + 0.15);
  }
}
