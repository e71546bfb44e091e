package org.psro4j.cli.stratego;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.cli.stratego.BarrageGameRecord.Move;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.games.stratego.BarrageBots;
import org.psro4j.games.stratego.BarragePosition;
import org.psro4j.games.stratego.BarrageStratego;
import org.psro4j.policy.Policy;
import org.psro4j.state.PopulationView;
import org.psro4j.state.SlotRole;

/**
 * The picture of one Barrage game: the recorded game replays to the state it reached, the moves it
 * traces account for every fallen piece, the PNG decodes at its size with lakes and pieces where
 * they stand, and {@code stratego play --picture} writes it or refuses a bad name.
 */
class BarrageGamePictureTest {

  @TempDir Path dir;

  private static BarrageGameRecord heuristicVersusRandom(long seed) {
    BarrageStratego game = (BarrageStratego) Games.load("barrage_stratego");
    Policy[] profile = {BarrageBots.create("heuristic", game), BarrageBots.create("random", game)};
    return BarrageGameRecord.play(game, profile, List.of("heuristic", "random"), seed);
  }

  @Test
  void theRecordedMovesReplayToTheGamesFinalState() {
    BarrageGameRecord record = heuristicVersusRandom(3);
    State replayed = record.replay(record.actions().size());
    assertThat(replayed.isTerminal()).isTrue();
    assertThat(replayed.toString()).isEqualTo(record.end().toString());
    assertThat(replayed.returns()).containsExactly(record.end().returns());
    assertThat(record.actions()).hasSize(BarrageStratego.SETUP_MOVES + record.moves());
    BarragePosition end = record.endPosition();
    assertThat(end.moves()).isEqualTo(record.moves());
    assertThat(record.result())
        .isEqualTo(end.winner() < 0 ? "draw" : "player " + end.winner() + " wins");
  }

  @Test
  void theTraceAccountsForEveryPieceThatFell() {
    for (long seed = 1; seed <= 4; seed++) {
      BarrageGameRecord record = heuristicVersusRandom(seed);
      List<Move> trace = record.trace();
      assertThat(trace).hasSize(record.moves());
      BarragePosition end = record.endPosition();
      long fell =
          trace.stream()
              .mapToLong(m -> (m.attackerFell() ? 1 : 0) + (m.defenderFell() ? 1 : 0))
              .sum();
      long captured =
          Stream.iterate(0, p -> p + 1).limit(BarragePosition.PIECES).filter(end::captured).count();
      assertThat(fell).as("seed %d", seed).isEqualTo(captured);
      for (int i = 0; i < trace.size(); i++) {
        Move m = trace.get(i);
        assertThat(m.number()).isEqualTo(i + 1);
        assertThat(m.player()).as("players alternate, player 0 first").isEqualTo(i % 2);
        assertThat(BarragePosition.owner(m.attacker())).isEqualTo(m.player());
        assertThat(m.from()[0] == m.to()[0] || m.from()[1] == m.to()[1]).isTrue();
      }
      if (end.ending() == BarragePosition.Ending.FLAG_CAPTURED) {
        Move last = trace.getLast();
        assertThat(BarragePosition.letter(last.defender())).isEqualTo('F');
        assertThat(last.player()).isEqualTo(end.winner());
      }
    }
  }

  @Test
  void thePictureHasItsSizeTheLakesAndThePieces() throws IOException {
    BarrageGameRecord record = heuristicVersusRandom(3);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(BarrageGamePicture.draw(record)));
    assertThat(image.getWidth()).isEqualTo(BarrageGamePicture.WIDTH).isBetween(900, 1200);
    assertThat(image.getHeight()).isEqualTo(BarrageGamePicture.HEIGHT);
    for (int panel = 0; panel < 2; panel++) {
      for (int[] lake : new int[][] {{4, 2}, {4, 3}, {5, 2}, {5, 3}, {4, 6}, {4, 7}, {5, 6}}) {
        assertThat(rgb(image, BarrageGamePicture.x(panel, lake[1]), BarrageGamePicture.y(lake[0])))
            .as("lake %s in panel %d", lake, panel)
            .isEqualTo(BarrageGamePicture.LAKE.getRGB());
      }
    }
    BarragePosition setup = BarragePosition.of(record.replay(BarrageStratego.SETUP_MOVES));
    BarragePosition end = record.endPosition();
    int pieces = 0;
    for (int row = 0; row < BarragePosition.SIZE; row++) {
      for (int col = 0; col < BarragePosition.SIZE; col++) {
        int piece = setup.pieceAt(row, col);
        // Inside the piece's tile, clear of its letter: the side's colour, pale if still hidden.
        int x = BarrageGamePicture.x(0, col) - 14;
        int y = BarrageGamePicture.y(row) + 14;
        if (piece < 0) {
          if (!BarragePosition.isLake(row, col)) {
            assertThat(rgb(image, x, y)).isEqualTo(BarrageGamePicture.SQUARE.getRGB());
          }
          continue;
        }
        pieces++;
        Color side = BarrageGamePicture.SIDE[BarragePosition.owner(piece)];
        Color fill = end.revealed(piece) ? side : BarrageGamePicture.pale(side);
        assertThat(rgb(image, x, y))
            .as(
                "%s of player %d on row %d col %d",
                BarragePosition.rankName(piece), piece / 8, row, col)
            .isEqualTo(fill.getRGB())
            .isNotEqualTo(BarrageGamePicture.SQUARE.getRGB());
      }
    }
    assertThat(pieces).isEqualTo(BarragePosition.PIECES);
  }

  private static int rgb(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) | 0xFF000000;
  }

  @Test
  void aRunOnAnotherGameOrWithoutACheckpointGetsNoPicture() {
    Game barrage = Games.load("barrage_stratego");
    PopulationView randomOnly =
        PopulationView.empty(2)
            .with(0, BarrageBots.create("random", barrage), SlotRole.FIXED)
            .with(1, BarrageBots.create("random", barrage), SlotRole.FIXED);
    assertThat(BarrageRunPictures.draw(Games.load("kuhn_poker"), randomOnly, List.of())).isEmpty();
    assertThat(BarrageRunPictures.draw(barrage, null, List.of()))
        .as("no population read from a checkpoint")
        .isEmpty();
    assertThat(BarrageRunPictures.draw(null, randomOnly, List.of())).isEmpty();
    assertThat(BarrageRunPictures.draw(barrage, randomOnly, List.of()))
        .containsOnlyKeys(BarrageRunPictures.FILE);
  }

  @Test
  void playWritesThePictureAndKeepsItsText() throws IOException {
    Path png = dir.resolve("g.png");
    Cli.Result plain = Cli.run("stratego", "play", "--p0", "heuristic", "--seed", "3");
    Cli.Result r =
        Cli.run(
            "stratego", "play", "--p0", "heuristic", "--seed", "3", "--picture", png.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(plain.out() + "wrote " + png + System.lineSeparator());
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(BarrageGamePicture.WIDTH);

    Cli.Result again = Cli.run("stratego", "play", "--seed", "3", "--picture", png.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err().strip())
        .isEqualTo("psro4j: --picture " + png + " exists; use --force to replace it");
    Cli.Result forced =
        Cli.run("stratego", "play", "--seed", "4", "--picture", png.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
  }

  @Test
  void aBadPictureNameIsOneLineWithExitCode2AndWritesNothing() throws IOException {
    Path jpg = dir.resolve("g.jpg");
    Cli.Result r = Cli.run("stratego", "play", "--picture", jpg.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip())
        .isEqualTo(
            "psro4j: --picture " + jpg + ": the picture is a PNG; give a name ending in .png");
    Path file = Files.writeString(dir.resolve("file"), "x");
    Path under = file.resolve("g.png");
    Cli.Result p = Cli.run("stratego", "play", "--picture", under.toString());
    assertThat(p.exitCode()).isEqualTo(2);
    assertThat(p.err().strip()).startsWith("psro4j: --picture " + under).doesNotContain("\n");
    Path folder = Files.createDirectory(dir.resolve("d.png"));
    Cli.Result d = Cli.run("stratego", "play", "--picture", folder.toString());
    assertThat(d.exitCode()).isEqualTo(2);
    assertThat(d.err().strip())
        .isEqualTo("psro4j: --picture " + folder + " is a directory; give a file name");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsOnly("file", "d.png");
    }
  }
}
