package org.psro4j.cli.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.game.TeamView;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfBots;
import org.psro4j.play.Episodes;
import org.psro4j.policy.Policy;
import org.psro4j.policy.SharedSeatPolicy;
import org.psro4j.psro.Opponents;

/**
 * {@link TeamValue}: a team's mean return in the run's (unshaped, zero-sum) game against the other
 * team's mix. The attacker and defender bots are deterministic and the game has no chance, so every
 * episode between them is the same and the estimate is that episode's return.
 */
class TeamValueTest {

  @Test
  void theEstimateIsTheReturnAgainstTheMixAndIgnoresZeroWeights() {
    TeamView view = (TeamView) Games.load("team_view(game=capture_the_flag(size=7,horizon=40))");
    CaptureTheFlag seats = (CaptureTheFlag) view.seatGame();
    Policy attacker = new SharedSeatPolicy(CtfBots.create("attacker", seats));
    Policy defender = new SharedSeatPolicy(CtfBots.create("defender", seats));
    Policy random = new SharedSeatPolicy(CtfBots.create("random", seats));
    List<List<Policy>> pops = List.of(List.of(attacker), List.of(random, defender));
    Opponents.Independent mix = new Opponents.Independent(0, pops, new double[][] {{1}, {0, 1}});
    double once =
        Episodes.play(view, new Policy[] {attacker, defender}, new SplittableRandom(1))[0];
    assertThat(TeamValue.estimate(view, 0, attacker, mix, 6, 3)).isCloseTo(once, within(1e-12));
    // zero-sum: blue's value with the roles swapped is red's with the sign turned
    Opponents.Independent swapped =
        new Opponents.Independent(
            1, List.of(List.of(random, attacker), List.of(defender)), new double[][] {{0, 1}, {1}});
    double blue =
        Episodes.play(view, new Policy[] {attacker, defender}, new SplittableRandom(2))[1];
    assertThat(TeamValue.estimate(view, 1, defender, swapped, 4, 9))
        .isCloseTo(blue, within(1e-12))
        .isCloseTo(-once, within(1e-12));
  }
}
