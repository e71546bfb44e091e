package org.psro4j.cli.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.cli.report.MetricsTable;
import org.psro4j.game.Games;
import org.psro4j.game.TeamView;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfWinRates;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.policy.SharedSeatPolicy;
import org.psro4j.random.Seeds;
import org.psro4j.rl.nn.RecurrentPolicy;

/**
 * {@code run --algo team-psro --policy-net lstm} on a tiny capture-the-flag game: the best
 * responses are LSTM policies shared by a team's seats (the second warm-started from the first
 * across the training game's relabelling), played with memory in training, in the meta-game, in the
 * diversity measure and in the win-rate columns; the saved policy, read back, plays the run's
 * win-rate games to the same tallies.
 */
class TeamPsroRecurrentRunTest {

  @TempDir Path dir;

  @Test
  void aRecurrentTeamRunSavesPoliciesThatReplayItsWinRates() {
    Path out = dir.resolve("lstm");
    List<String> args = TeamPsroRunTest.args(out, 2);
    args.addAll(List.of("--policy-net", "lstm"));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();

    MetricsTable metrics = MetricsTable.read(out.resolve("metrics.csv"));
    assertThat(metrics.column("population_p0")).containsExactly(3, 4, 5);
    assertThat(metrics.column("diversity_p0")[2]).isFinite().isGreaterThan(0.0);

    TeamView view = (TeamView) Games.load("team_view(game=" + TeamPsroRunTest.GAME + ")");
    Policy team = PolicyFiles.read(view, out.resolve("policies/p0_4.json"));
    assertThat(team).isInstanceOf(SharedSeatPolicy.class);
    assertThat(((SharedSeatPolicy) team).seatPolicy()).isInstanceOf(RecurrentPolicy.class);

    CaptureTheFlag game = (CaptureTheFlag) Games.load(TeamPsroRunTest.GAME);
    Policy seat = PolicyFiles.read(game, out.resolve("policies/p0_4.json"));
    assertThat(seat).isInstanceOf(RecurrentPolicy.class);
    Policy[] side = {seat, seat, seat, seat};
    // the run's win-rate columns: 4 games per colour from the iteration's derived seed
    List<CtfWinRates.Row> rows =
        CtfWinRates.againstBots(game, side, 4, Seeds.derive(5, "team-win-rates", 2));
    for (CtfWinRates.Row row : rows) {
      assertThat(metrics.column("win_" + row.bot())[2]).isEqualTo(row.winRate());
    }
  }
}
