package org.psro4j.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.games.ctf.CaptureTheFlag;

/** A team view plays exactly the game of seats: joint actions, tensors, returns and strings. */
class TeamViewTest {

  static final String SEATS = "capture_the_flag(size=7,horizon=25,respawn=2)";

  @Test
  void teamsOfCaptureTheFlagAreRedAndBluePairs() {
    TeamView view = TeamView.of(Games.load(SEATS));
    assertThat(view.numPlayers()).isEqualTo(2);
    assertThat(view.seats(0)).containsExactly(0, 2);
    assertThat(view.seats(1)).containsExactly(1, 3);
    assertThat(view.numDistinctActions()).isEqualTo(64);
    assertThat(view.observationTensorSize()).isEqualTo(2 * view.seatGame().observationTensorSize());
    assertThat(view.toString()).startsWith("team_view(game=capture_the_flag(");
    assertThat(Games.load(view.toString())).isEqualTo(view);
    assertThat(TeamView.of(view)).isSameAs(view);
    assertThat(view.seatGame().teamSymmetric()).isTrue();
  }

  @Test
  void jointActionsEncodeSeatActionsFirstSeatFirst() {
    TeamView view = TeamView.of(Games.load(SEATS));
    assertThat(view.jointAction(new int[] {3, 5})).isEqualTo(3 * 8 + 5);
    assertThat(view.seatActions(29)).containsExactly(3, 5);
    State s = view.newInitialState();
    int[] legal = s.legalActions(0);
    assertThat(legal).hasSize(64);
    for (int i = 1; i < legal.length; i++) {
      assertThat(legal[i]).isGreaterThan(legal[i - 1]);
    }
  }

  @Test
  void aViewEpisodeIsTheSeatEpisodeWithTeamMeans() {
    TeamView view = TeamView.of(Games.load(SEATS));
    State team = view.newInitialState();
    State seats = view.seatGame().newInitialState();
    SplittableRandom rng = new SplittableRandom(5);
    float[] seatObs = new float[view.seatGame().observationTensorSize()];
    while (!seats.isTerminal()) {
      int[] perSeat = new int[4];
      for (int p = 0; p < 4; p++) {
        int[] legal = seats.legalActions(p);
        perSeat[p] = legal[rng.nextInt(legal.length)];
      }
      float[] teamObs = team.observationTensor(1);
      seats.observationTensor(3, seatObs, 0);
      assertThat(Arrays.copyOfRange(teamObs, seatObs.length, teamObs.length)).isEqualTo(seatObs);
      team.apply(
          new int[] {
            view.jointAction(new int[] {perSeat[0], perSeat[2]}),
            view.jointAction(new int[] {perSeat[1], perSeat[3]})
          });
      seats.apply(perSeat);
      assertThat(team.toString()).isEqualTo(seats.toString());
    }
    assertThat(team.isTerminal()).isTrue();
    double[] r = seats.returns();
    assertThat(team.returns()).containsExactly((r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
    assertThat(team.returns()[0] + team.returns()[1]).isZero();
  }

  @Test
  void gamesWithoutTeamsAreRefusedByName() {
    assertThatThrownBy(() -> TeamView.of(Games.load("kuhn_poker")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kuhn_poker")
        .hasMessageContaining("has no teams");
    assertThatThrownBy(() -> Games.load("team_view(game=goofspiel(num_cards=3))"))
        .hasMessageContaining("has no teams");
  }

  @Test
  void twoPlayerCaptureTheFlagHasTeamsOfOne() {
    TeamView view = TeamView.of(Games.load("capture_the_flag(players=2,size=7)"));
    assertThat(view.seats(0)).containsExactly(0);
    assertThat(view.numDistinctActions()).isEqualTo(CaptureTheFlag.NUM_ACTIONS);
  }
}
