package org.psro4j.games.ctf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;

/** The built-in bots play sensibly on the default game, and a run directory can hold them. */
class CtfBotsTest {

  private static final CaptureTheFlag GAME = (CaptureTheFlag) Games.load("capture_the_flag");
  private static final int EPISODES = 50;

  private static Policy bot(String name) {
    return CtfBots.create(name, GAME);
  }

  private static CtfMatch.Result match(String red, String blue) {
    Policy r = bot(red);
    Policy b = bot(blue);
    return CtfMatch.play(GAME, new Policy[] {r, b, r, b}, EPISODES, 11);
  }

  @Test
  void attackersBeatRandomPlayersOnEitherSide() {
    // With seed 1 they won 43/50 as red and 38/50 as blue; random never scores against them.
    CtfMatch.Result red = match("attacker", "random");
    assertThat(red.winRate(0)).isGreaterThanOrEqualTo(0.6);
    assertThat(red.blueWins()).isZero();
    assertThat(red.redCaptures()).isGreaterThan(2.0);
    CtfMatch.Result blue = match("random", "attacker");
    assertThat(blue.winRate(1)).isGreaterThanOrEqualTo(0.6);
    assertThat(blue.redWins()).isZero();
  }

  @Test
  void defendersConcedeNothing() {
    assertThat(match("random", "defender").redCaptures()).isZero();
    assertThat(match("attacker", "defender").redCaptures()).isZero();
    assertThat(match("defender", "attacker").blueCaptures()).isZero();
  }

  @Test
  void aMixedTeamBeatsRandomPlayers() {
    Policy a = bot("attacker");
    Policy d = bot("defender");
    Policy r = bot("random");
    CtfMatch.Result result = CtfMatch.play(GAME, new Policy[] {a, r, d, r}, 20, 5);
    assertThat(result.blueWins()).isZero();
    assertThat(result.redWins()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void winRatesCountBothColoursAgainstEveryBot() {
    Policy a = bot("attacker");
    Policy d = bot("defender");
    var rows = CtfWinRates.againstBots(GAME, new Policy[] {a, a, d, d}, 10, 3);
    assertThat(rows).extracting(CtfWinRates.Row::bot).containsExactlyElementsOf(CtfBots.NAMES);
    for (CtfWinRates.Row row : rows) {
      assertThat(row.episodes()).isEqualTo(20);
      assertThat(row.wins() + row.draws() + row.losses()).isEqualTo(20);
    }
    CtfWinRates.Row random = rows.get(2);
    assertThat(random.winRate()).isGreaterThanOrEqualTo(0.6);
    assertThat(random.losses()).isZero();
    assertThat(rows.get(1).botCaptures()).as("defenders hold against attacker+defender").isZero();
  }

  @Test
  void matchesReplayFromTheSeed() {
    assertThat(match("attacker", "random")).isEqualTo(match("attacker", "random"));
  }

  @Test
  void botsRoundTripThroughPolicyFiles(@TempDir Path dir) throws Exception {
    for (String name : CtfBots.NAMES) {
      Path file = dir.resolve(name + ".json");
      PolicyFiles.write(bot(name), GAME, file);
      assertThat(Files.readString(file)).contains("\"kind\" : \"ctf_bot\"");
      Policy back = PolicyFiles.read(GAME, file);
      assertThat(CtfBots.nameOf(back)).contains(name);
    }
  }

  @Test
  void unknownBotsAndOtherGamesAreRefusedByName() {
    assertThatThrownBy(() -> CtfBots.create("sniper", GAME)).hasMessageContaining("'sniper'");
    assertThatThrownBy(() -> CtfBots.create("attacker", Games.load("kuhn_poker")))
        .hasMessageContaining("kuhn_poker");
  }
}
