package org.psro4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.game.TeamView;
import org.psro4j.game.TeamViewState;
import org.psro4j.games.ctf.CtfBots;

/** A shared seat policy is the product of its seats' distributions, and its file round-trips. */
class SharedSeatPolicyTest {

  @TempDir Path dir;

  @Test
  void theTeamDistributionIsTheProductOfTheSeats() {
    TeamView view = TeamView.of(Games.load("capture_the_flag(size=7,horizon=20)"));
    Policy bot = CtfBots.create("attacker", view.seatGame());
    SharedSeatPolicy team = new SharedSeatPolicy(bot);
    State s = view.newInitialState();
    State seats = ((TeamViewState) s).seatState();
    double[] joint = team.actionProbabilities(s, 1);
    int[] legal = s.legalActions(1);
    assertThat(joint).hasSize(legal.length);
    double[] a = bot.actionProbabilities(seats, 1);
    double[] b = bot.actionProbabilities(seats, 3);
    double total = 0;
    for (int j = 0; j < legal.length; j++) {
      int[] pair = view.seatActions(legal[j]);
      assertThat(joint[j]).isCloseTo(a[pair[0]] * b[pair[1]], within(1e-15));
      total += joint[j];
    }
    assertThat(total).isCloseTo(1, within(1e-12));
  }

  @Test
  void aSavedTeamPolicyReadsBackForTheViewAndForTheSeats() {
    TeamView view = TeamView.of(Games.load("capture_the_flag(size=7,horizon=20)"));
    Path file = dir.resolve("p0_1.json");
    PolicyFiles.write(
        new SharedSeatPolicy(CtfBots.create("defender", view.seatGame())), view, file);
    assertThat(dir.resolve("p0_1.seat.json")).exists();
    Policy back = PolicyFiles.read(view, file);
    assertThat(back).isInstanceOf(SharedSeatPolicy.class);
    assertThat(CtfBots.nameOf(((SharedSeatPolicy) back).seatPolicy())).contains("defender");
    Policy seat = PolicyFiles.read(view.seatGame(), file);
    assertThat(CtfBots.nameOf(seat)).contains("defender");
  }
}
