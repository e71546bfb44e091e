package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.mujoco.ffi.MuJoCo;

/**
 * JPSRO with SAC on {@code mujoco_cheetah(mode=coop)} and PSRO with CrossQ on {@code mujoco_sumo}
 * from the command line, with tiny budgets and sampled entries: both finish, and the report draws
 * the episode filmstrip. Bad MJCF input exits 2 with one line.
 */
class MujocoRunTest {

  @TempDir Path dir;

  @BeforeEach
  void library() {
    if (!MuJoCo.isAvailable()) {
      String reason = MuJoCo.unavailableReason().orElseThrow();
      if (System.getenv("CI") != null) {
        Assertions.fail("CI is set but " + reason);
      }
      Assumptions.abort("skipped: " + reason);
    }
  }

  private static final String[] TINY = {
    "--br-steps", "200",
    "--oracle-option", "learning_starts=100",
    "--oracle-option", "batch=32",
    "--oracle-option", "num_envs=4",
    "--oracle-option", "hidden=16,16",
    "--oracle-option", "critic_hidden=16,16",
    "--episodes", "4",
    "--iterations", "1",
    "--threads", "1",
    "--quiet"
  };

  private static String[] args(String... head) {
    String[] all = new String[head.length + TINY.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(TINY, 0, all, head.length, TINY.length);
    return all;
  }

  private static void checkRun(Path out) throws IOException {
    List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
    assertThat(rows).hasSize(3);
    BufferedImage film = ImageIO.read(out.resolve("plots/filmstrip.png").toFile());
    assertThat(film.getWidth()).isEqualTo(1200);
    assertThat(Files.readString(out.resolve("report.html"))).contains("alt=\"filmstrip.png\"");
  }

  @Test
  void coopCheetahRunsJpsroWithSac() throws IOException {
    Path out = dir.resolve("coop");
    Cli.Result r =
        Cli.run(
            args(
                "run",
                "--game",
                "mujoco_cheetah(mode=coop,horizon=10)",
                "--algo",
                "jpsro",
                "--oracle",
                "sac",
                "--out",
                out.toString()));
    assertThat(r.exitCode()).as(r.err()).isZero();
    checkRun(out);
  }

  @Test
  void sumoRunsPsroWithCrossq() throws IOException {
    Path out = dir.resolve("sumo");
    Cli.Result r =
        Cli.run(
            args(
                "run",
                "--game",
                "mujoco_sumo(horizon=10)",
                "--oracle",
                "crossq",
                "--out",
                out.toString()));
    assertThat(r.exitCode()).as(r.err()).isZero();
    checkRun(out);
  }

  @Test
  void badModelsExitTwoWithOneLine() throws IOException {
    Path missing = dir.resolve("missing.xml");
    Cli.Result r =
        Cli.run(
            args(
                "run",
                "--game",
                "mujoco_sumo(model=" + missing + ")",
                "--oracle",
                "crossq",
                "--out",
                dir.resolve("bad").toString()));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("psro4j: MJCF model " + missing + ": no such file\n");
    Path three = dir.resolve("three.xml");
    Files.writeString(
        three,
        "<mujoco><worldbody><body><joint name=\"a\" type=\"slide\"/><joint name=\"b\""
            + " type=\"slide\" axis=\"0 1 0\"/><joint name=\"c\" type=\"slide\" axis=\"0 0 1\"/>"
            + "<geom type=\"sphere\" size=\"0.1\"/></body></worldbody><actuator><motor"
            + " joint=\"a\"/><motor joint=\"b\"/><motor joint=\"c\"/></actuator></mujoco>");
    Cli.Result odd =
        Cli.run(
            args(
                "run",
                "--game",
                "mujoco_cheetah(model=" + three + ")",
                "--oracle",
                "sac",
                "--out",
                dir.resolve("odd").toString()));
    assertThat(odd.exitCode()).isEqualTo(2);
    assertThat(odd.err())
        .isEqualTo(
            "psro4j: mujoco_cheetah: model three.xml has 3 actuators, which do not split evenly"
                + " between 2 players\n");
  }
}
