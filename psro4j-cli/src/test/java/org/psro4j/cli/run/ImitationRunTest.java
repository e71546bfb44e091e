package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Population;
import org.psro4j.rl.nn.ConvPolicy;
import org.psro4j.run.RunDirectory;
import org.psro4j.state.PopulationView;

/**
 * {@code --init imitation}: the clone's settings are options refused in one line when bad, a run
 * makes one clone for both seats, and a resumed run takes the saved clone instead of cloning again.
 */
class ImitationRunTest {

  private static List<String> tinyRun(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--game",
                "barrage_stratego(max_moves=20)",
                "--init",
                "imitation",
                "--oracle",
                "ppo",
                "--policy-net",
                "conv",
                "--oracle-option",
                "hidden=4",
                "--oracle-option",
                "num_envs=2",
                "--oracle-option",
                "rollout_steps=64",
                "--oracle-option",
                "minibatch=32",
                "--oracle-option",
                "shards=1",
                "--br-steps",
                "128",
                "--episodes",
                "2",
                "--threads",
                "1",
                "--quiet",
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    return args;
  }

  private static void refused(Path out, String message, String... args) {
    Cli.Result r = Cli.run(args);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("psro4j: " + message);
    assertThat(out).doesNotExist();
  }

  @Test
  void badCloneSettingsAreRefusedInOneLine(@TempDir Path dir) {
    Path out = dir.resolve("bad");
    refused(
        out,
        "imitation option games=0 must be a whole number of at least 1",
        tinyRun(out, "--imitation-option", "games=0").toArray(String[]::new));
    refused(
        out,
        "imitation option lr=fast must be a number in (0, 1]",
        tinyRun(out, "--imitation-option", "lr=fast").toArray(String[]::new));
    refused(
        out,
        "unknown imitation option(s) [rounds]; known: games, epochs, lr, minibatch",
        tinyRun(out, "--imitation-option", "rounds=3").toArray(String[]::new));
    refused(
        out,
        "--imitation-option [games] applies to --init imitation only, not --init heuristics",
        "run",
        "--game",
        "barrage_stratego",
        "--init",
        "heuristics",
        "--imitation-option",
        "games=3",
        "--out",
        out.toString());
  }

  @Test
  void aResumedRunTakesTheSavedCloneInsteadOfCloningAgain(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("run");
    Cli.Result r =
        Cli.run(
            tinyRun(
                    out,
                    "--imitation-option",
                    "games=2",
                    "--imitation-option",
                    "epochs=1",
                    "--iterations",
                    "1")
                .toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("config.json")))
        .contains("\"imitation_options\" : {")
        .contains("\"games\" : \"2\"");

    RunConfig config =
        RunConfig.defaults()
            .overriddenBy(
                ConfigFile.parse(
                    out.resolve("config.json").toString(), RunDirectory.readConfig(out)))
            .withDefaultSolver();
    Game game = RunAssembly.game(config);
    PopulationView saved = RunDirectory.checkpoint(out, game).state().population();
    Policy savedClone = saved.of(0).get(2);
    assertThat(savedClone).isInstanceOf(ConvPolicy.class);
    // Both seats hold the one clone, and resuming reuses it (the same object, no new training).
    var initial = RunAssembly.initialOnce(config, game, saved);
    Population population = initial.get();
    assertThat(initial.get()).isSameAs(population);
    assertThat(population.of(0).get(2)).isSameAs(savedClone);
    assertThat(population.of(1).get(2)).isSameAs(savedClone);

    Cli.Result resumed = Cli.run("resume", out.toString(), "--iterations", "2", "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(RunDirectory.checkpoint(out, game).state().population().sizes())
        .containsExactly(5, 5);
  }
}
