package org.psro4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MetasolveCommandTest {

  private static final String BIASED_RPS =
      """
      {"players": 2,
       "payoffs": [[[0, -0.25, 0.5], [0.25, 0, -0.05], [-0.5, 0.05, 0]],
                   [[0, 0.25, -0.5], [-0.25, 0, 0.05], [0.5, -0.05, 0]]],
       "names": [["rock", "paper", "scissors"], ["rock", "paper", "scissors"]]}
      """;

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private Path file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content);
    return path;
  }

  @Test
  void nashAsJson() throws Exception {
    Path game = file("brps.json", BIASED_RPS);
    assertThat(run("metasolve", "--payoffs", game.toString(), "--solver", "nash", "--json"))
        .isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("solver").asText()).isEqualTo("nash");
    // Bošanský et al.; OpenSpiel lp_solver_test: (1/16, 10/16, 5/16).
    assertThat(root.get("marginals").get(0).get(1).asDouble()).isCloseTo(0.625, within(1e-12));
    assertThat(root.get("joint").isNull()).isTrue();
    assertThat(root.get("gap").asDouble()).isLessThan(1e-12);
    assertThat(root.get("seconds").asDouble()).isNotNegative();
  }

  @Test
  void correlatedSolverPrintsJointAndMarginals() throws Exception {
    Path game = file("brps.json", BIASED_RPS);
    assertThat(run("metasolve", "--payoffs", game.toString(), "--solver", "mgcce", "--json"))
        .isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("joint").size()).isEqualTo(3);
    assertThat(root.get("joint").get(0).size()).isEqualTo(3);
    assertThat(root.get("marginals").size()).isEqualTo(2);
    assertThat(root.get("gap_kind").asText()).isEqualTo("cce_gap");
  }

  @Test
  void textOutputNamesStrategies() throws Exception {
    Path game = file("brps.json", BIASED_RPS);
    assertThat(
            run(
                "metasolve",
                "--payoffs",
                game.toString(),
                "--solver",
                "prd",
                "--option",
                "iterations=2000"))
        .isZero();
    assertThat(out.toString()).contains("solver   prd").contains("paper=").contains("gap ");
  }

  @Test
  void raggedPayoffsExitTwoWithOneLine() throws Exception {
    Path game =
        file("bad.json", "{\"players\": 2, \"payoffs\": [[[1, 2], [3]], [[1, 2], [3, 4]]]}");
    assertThat(run("metasolve", "--payoffs", game.toString())).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "psro4j: --payoffs "
                + game
                + ": payoffs[0][1] has 1 entries, expected 2 (player 1 has 2 strategies)");
  }

  @Test
  void unknownSolverAndMissingFileAndNashOnThreePlayersExitTwo() throws Exception {
    Path game = file("brps.json", BIASED_RPS);
    assertThat(run("metasolve", "--payoffs", game.toString(), "--solver", "magic")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown solver 'magic'");
    assertThat(run("metasolve", "--payoffs", dir.resolve("none.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such file");
    Path three =
        file(
            "three.json",
            "{\"players\":3,\"payoffs\":[[[[1,2],[0,1]],[[2,0],[1,1]]],"
                + "[[[0,2],[1,1]],[[2,1],[0,0]]],[[[1,0],[2,1]],[[0,1],[1,2]]]]}");
    assertThat(run("metasolve", "--payoffs", three.toString(), "--solver", "nash")).isEqualTo(2);
    assertThat(err.toString()).contains("nash is not offered for 3-player general-sum games");
    assertThat(run("metasolve", "--payoffs", three.toString(), "--solver", "cce")).isZero();
  }

  @Test
  void gamesCommandPrintsThroughTheCommandLine() {
    assertThat(run("games")).isZero();
    assertThat(out.toString()).contains("kuhn_poker");
  }
}
