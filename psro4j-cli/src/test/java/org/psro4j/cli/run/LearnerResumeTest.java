package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.run.RunDirectory;
import org.psro4j.state.DriverState;
import org.psro4j.state.LearnerState;

/**
 * Checkpoints inside a best response (issue 10): a DQN run with {@code --checkpoint-steps} killed
 * with SIGKILL while a best response is training resumes that learner from its last saved session
 * and ends, on one thread, with exactly the metrics.csv of an uninterrupted run without checkpoints
 * (training in pieces equals training at once). Only the time columns may differ.
 */
class LearnerResumeTest {

  private static final String GAME = "kuhn_poker";
  private static final String[] SETTINGS = {
    "--game",
    GAME,
    "--oracle",
    "dqn",
    "--br-steps",
    "100000",
    "--iterations",
    "2",
    "--seed",
    "5",
    "--threads",
    "1",
    "--quiet",
    "--no-report"
  };

  @TempDir Path dir;

  @Test
  void runKilledInsideABestResponseResumesTheLearnerToTheSameMetrics() throws Exception {
    Path whole = dir.resolve("whole");
    Cli.Result first = Cli.run(args("run", "--out", whole.toString()));
    assertThat(first.exitCode()).as(first.err()).isZero();

    Path killed = dir.resolve("killed");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.psro4j.cli.Main"));
    cmd.addAll(List.of(args("run", "--out", killed.toString(), "--checkpoint-steps", "5000")));
    Path log = dir.resolve("child.log");
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Game game = Games.load(GAME);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    // Wait for a checkpoint inside iteration 2 (after iteration 1's DQN policies joined the
    // population) that holds a learner a few pieces into its 100000 steps.
    while (System.nanoTime() < deadline && p.isAlive() && savedSteps(killed) < 20000) {
      Thread.sleep(20);
    }
    assertThat(p.isAlive())
        .as("child ended before a learner checkpoint; log: " + read(log))
        .isTrue();
    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();

    DriverState atKill = RunDirectory.checkpoint(killed, game).state();
    assertThat(atKill.iteration()).isEqualTo(1);
    Map<String, LearnerState> learners = atKill.learners();
    assertThat(learners).as("the checkpoint holds a learner mid best response").isNotEmpty();
    assertThat(learners.values().iterator().next().kind()).isEqualTo("dqn");
    assertThat(Files.readAllLines(killed.resolve("metrics.csv"))).hasSize(3); // header, it 0, 1
    assertThat(
            new ObjectMapper()
                .readTree(killed.resolve("config.json").toFile())
                .at("/resolved/loop/checkpoint_steps")
                .asLong())
        .isEqualTo(5000);
    assertThat(Files.readString(killed.resolve("config.json")))
        .contains("\"checkpoint_steps\" : 5000");

    Cli.Result resumed = Cli.run("resume", killed.toString(), "--quiet", "--no-report");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(MetricsCsv.withoutTimes(killed.resolve("metrics.csv")))
        .isEqualTo(MetricsCsv.withoutTimes(whole.resolve("metrics.csv")))
        .hasSize(4);
    assertThat(Files.readString(killed.resolve("metagame.json")))
        .isEqualTo(Files.readString(whole.resolve("metagame.json")));
    assertThat(RunDirectory.checkpoint(killed, game).state().learners()).isEmpty();
  }

  @Test
  void negativeCheckpointStepsAreAOneLineError() {
    Path out = dir.resolve("bad");
    Cli.Result r = Cli.run(args("run", "--out", out.toString(), "--checkpoint-steps", "-5"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("psro4j: checkpoint_steps=-5 must be non-negative");
    assertThat(out).doesNotExist();
  }

  private static String[] args(String command, String... extra) {
    List<String> out = new ArrayList<>(List.of(command));
    out.addAll(List.of(SETTINGS));
    out.addAll(List.of(extra));
    return out.toArray(String[]::new);
  }

  /**
   * The most steps a learner in the run's checkpoint has trained once iteration 1 is complete (0
   * before, or when there is none or the checkpoint is being replaced).
   */
  private static long savedSteps(Path run) {
    Path file = run.resolve("checkpoint/state.json");
    if (!Files.exists(file)) {
      return 0;
    }
    try {
      JsonNode state = new ObjectMapper().readTree(file.toFile());
      if (state.path("iteration").asInt() < 1) {
        return 0;
      }
      long most = 0;
      for (JsonNode learner : state.path("learners")) {
        most = Math.max(most, learner.path("state").path("fields").path("target_steps").asLong());
      }
      return most;
    } catch (IOException e) {
      return 0; // replaced while we read it
    }
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }
}
