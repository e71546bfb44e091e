package org.psro4j.cli.ssa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Main;
import org.psro4j.game.Games;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.heuristics.SsaHeuristics;
import picocli.CommandLine;

class PicturesCommandTest {

  private static final String GAME = MatchupsCommandTest.SMALL + ")";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void writesTheGroundTrackAndTheCustodyTimeline() throws Exception {
    Path target = dir.resolve("p");
    int code =
        run(
            "ssa",
            "pictures",
            "--game",
            GAME,
            "--blue",
            "reactive",
            "--red",
            "random",
            "--hour",
            "3",
            "--episode",
            "2",
            "--out",
            target.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("episode 2: Blue reactive")
        .contains("custody (share of object-steps): both ")
        .contains("wrote " + target.resolve("ground_track.png"));
    BufferedImage track = ImageIO.read(target.resolve("ground_track.png").toFile());
    BufferedImage custody = ImageIO.read(target.resolve("custody_timeline.png").toFile());
    assertThat(track.getWidth()).isEqualTo(1000);
    assertThat(custody.getWidth()).isEqualTo(1000);
    // Both sides' sensors are drawn in their colours; the timeline shows shared custody.
    assertThat(contains(track, SsaPictures.BLUE)).isTrue();
    assertThat(contains(track, SsaPictures.RED)).isTrue();
    assertThat(contains(custody, SsaPictures.BOTH)).isTrue();
  }

  @Test
  void aSideMayPlayAPolicyFileAndJsonReportsTheEpisode() throws Exception {
    SsaCoverage game = (SsaCoverage) Games.load(GAME);
    Path file = dir.resolve("p0_0.json");
    PolicyFiles.write(SsaHeuristics.create("predictive", game), game, file);
    assertThat(
            run(
                "ssa",
                "pictures",
                "--game",
                GAME,
                "--blue",
                file.toString(),
                "--red",
                "aggressive",
                "--out",
                dir.resolve("a").toString(),
                "--json"))
        .as(err.toString())
        .isZero();
    JsonNode fromFile = JSON.readTree(out.toString());
    assertThat(
            run(
                "ssa",
                "pictures",
                "--game",
                GAME,
                "--blue",
                "predictive",
                "--red",
                "aggressive",
                "--out",
                dir.resolve("b").toString(),
                "--json"))
        .isZero();
    JsonNode byName = JSON.readTree(out.toString());
    assertThat(fromFile.get("blue_return").asDouble())
        .isEqualTo(byName.get("blue_return").asDouble());
    double shares = 0;
    for (JsonNode share : byName.get("custody_share")) {
      shares += share.asDouble();
    }
    assertThat(shares).isEqualTo(1.0);
    assertThat(byName.get("files")).hasSize(2);
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo() {
    assertBad(List.of("--hour", "7"), "--hour 7.0 is not in 0..6");
    assertBad(List.of("--hour", "-1"), "--hour -1.0");
    assertBad(List.of("--blue", "timid"), "--blue timid is neither a heuristic");
    assertBad(List.of("--red", "missing.json"), "missing.json");
    assertBad(List.of("--episode", "1000"), "--episode 1000");
    assertBad(List.of("--game", "leduc_poker"), "not an ssa_coverage game");
  }

  private void assertBad(List<String> options, String fragment) {
    List<String> args = new ArrayList<>(List.of("ssa", "pictures"));
    if (!options.contains("--game")) {
      args.addAll(List.of("--game", GAME));
    }
    args.addAll(options);
    args.addAll(List.of("--out", dir.resolve("bad").toString(), "--force"));
    assertThat(run(args.toArray(String[]::new))).as(err.toString()).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("psro4j: ").contains(fragment);
  }

  private static boolean contains(BufferedImage image, java.awt.Color colour) {
    int rgb = colour.getRGB() & 0xffffff;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          return true;
        }
      }
    }
    return false;
  }
}
