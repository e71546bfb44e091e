package org.psro4j.cli.ssa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Main;
import org.psro4j.game.Games;
import org.psro4j.metagame.EmpiricalGameJson;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.evaluation.HeuristicMatchups;
import org.psro4j.ssa.evaluation.MatchupTable;
import picocli.CommandLine;

class MatchupsCommandTest {

  /** 36 steps of 4 sensors per side over 8 objects: a pair of episodes takes milliseconds. */
  static final String SMALL = "ssa_coverage(sats=4,planes=2,objects=8,hours=6";

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
  void printsTheTableItsEquilibriumAndWritesTheFiles() throws Exception {
    String game = SMALL + ",dazzle=true)";
    Path target = dir.resolve("m");
    int code =
        run(
            "ssa",
            "matchups",
            "--game",
            game,
            "--episodes",
            "3",
            "--heuristics",
            "aggressive,reactive,random",
            "--seed",
            "5",
            "--threads",
            "1",
            "--out",
            target.toString());
    assertThat(code).as(err.toString()).isZero();
    String text = out.toString();
    assertThat(text)
        .contains("Blue's mean return ± standard error")
        .contains("zero-sum flavour: Red's return is the negative of Blue's")
        .contains("equilibrium     nash: zero-sum flavour")
        .contains("best responses  Blue:")
        .contains("wrote " + target.resolve("matchups.png"));
    assertThat(err.toString()).isEmpty();

    // The files hold the same table the library computes for these arguments.
    MatchupTable expected =
        HeuristicMatchups.compute(
            (SsaCoverage) Games.load(game), List.of("aggressive", "reactive", "random"), 3, 5, 1);
    JsonNode json = JSON.readTree(target.resolve("matchups.json").toFile());
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("flavour").asText()).isEqualTo("zero_sum");
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertThat(json.get("blue_mean").get(i).get(j).asDouble())
            .isEqualTo(expected.blueMean()[i][j]);
        assertThat(json.get("red_standard_error").get(i).get(j).asDouble())
            .isEqualTo(expected.redStandardError()[i][j]);
      }
    }
    assertThat(Files.readAllLines(target.resolve("matchups.csv")))
        .hasSize(10)
        .first()
        .isEqualTo("blue,red,episodes,blue_mean,blue_se,red_mean,red_se");
    byte[] png = Files.readAllBytes(target.resolve("matchups.png"));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');

    // The equilibrium: distributions, a zero-sum value, and the same marginals that
    // `psro4j metasolve` finds on the written metagame.json.
    JsonNode eq = json.get("equilibrium");
    assertThat(eq.get("solver").asText()).isEqualTo("nash");
    assertThat(eq.get("joint").isNull()).isTrue();
    double[] value = {eq.get("value").get(0).asDouble(), eq.get("value").get(1).asDouble()};
    assertThat(value[0]).isCloseTo(-value[1], within(1e-12));
    assertThat(EmpiricalGameJson.read(target.resolve("metagame.json")).names(0))
        .containsExactly("aggressive", "reactive", "random");
    assertThat(
            run(
                "metasolve",
                "--payoffs",
                target.resolve("metagame.json").toString(),
                "--solver",
                "nash",
                "--json"))
        .isZero();
    JsonNode solved = JSON.readTree(out.toString());
    for (int p = 0; p < 2; p++) {
      double sum = 0;
      for (int s = 0; s < 3; s++) {
        double w = eq.get("marginals").get(p).get(s).asDouble();
        assertThat(w).isCloseTo(solved.get("marginals").get(p).get(s).asDouble(), within(1e-9));
        sum += w;
      }
      assertThat(sum).isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void jsonOutputAndTheGeneralSumFlavourUseACorrelatedEquilibrium() throws Exception {
    Path target = dir.resolve("g");
    int code =
        run(
            "ssa",
            "matchups",
            "--game",
            SMALL + ",flavour=general_sum)",
            "--episodes",
            "2",
            "--heuristics",
            "distributed,random",
            "--threads",
            "2",
            "--out",
            target.toString(),
            "--json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode json = JSON.readTree(out.toString());
    assertThat(json.get("flavour").asText()).isEqualTo("general_sum");
    JsonNode eq = json.get("equilibrium");
    assertThat(eq.get("solver").asText()).isEqualTo("cce");
    assertThat(eq.get("why").asText()).contains("coarse correlated equilibrium");
    double total = 0;
    for (JsonNode row : eq.get("joint")) {
      for (JsonNode w : row) {
        assertThat(w.asDouble()).isNotNegative();
        total += w.asDouble();
      }
    }
    assertThat(total).isCloseTo(1.0, within(1e-6));
    assertThat(json.get("files")).hasSize(5);
    assertThat(target.resolve("matchups_red.png")).exists();
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo() throws Exception {
    String game = SMALL + ")";
    assertBad(new String[] {"--game", game, "--heuristics", "reactive,timid"}, "timid");
    assertBad(new String[] {"--game", game, "--episodes", "0"}, "--episodes 0");
    assertBad(new String[] {"--game", game, "--episodes", "-3"}, "--episodes -3");
    assertBad(new String[] {"--game", "kuhn_poker"}, "not an ssa_coverage game");
    assertBad(new String[] {"--game", game, "--threads", "0"}, "--threads 0");
    assertBad(new String[] {"--game", game, "--solver", "oracle"}, "--solver oracle");
    assertBad(new String[] {"--game", game, "--heuristics", "random,random"}, "repeats");
    Files.createDirectories(dir.resolve("taken"));
    Files.writeString(dir.resolve("taken/matchups.json"), "{}");
    assertBad(
        new String[] {"--game", game, "--episodes", "2", "--out", dir.resolve("taken").toString()},
        "--force");
  }

  @Test
  void verboseOnTheSubcommandAddsTheStackTrace() {
    assertThat(run("ssa", "matchups", "--game", "kuhn_poker", "--verbose")).isEqualTo(2);
    assertThat(err.toString().lines().count()).isGreaterThan(2);
    assertThat(err.toString()).contains("at org.psro4j.cli.ssa.SsaCommand.loadGame");
  }

  /** Runs {@code ssa matchups} quietly into a scratch directory (with --force unless tested). */
  private void assertBad(String[] options, String fragment) {
    List<String> args = new ArrayList<>(List.of("ssa", "matchups", "--quiet"));
    args.addAll(List.of(options));
    if (!args.contains("--out")) {
      args.addAll(List.of("--out", dir.resolve("bad").toString(), "--force"));
    }
    assertThat(run(args.toArray(String[]::new))).as(err.toString()).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("psro4j: ").contains(fragment);
  }
}
