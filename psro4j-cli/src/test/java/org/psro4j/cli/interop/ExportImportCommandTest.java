package org.psro4j.cli.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psro4j.cli.Cli;
import org.psro4j.game.Games;
import org.psro4j.policy.TabularPolicy;

class ExportImportCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path run(String game, int iterations) {
    Path out = dir.resolve("run");
    Cli.Result r =
        Cli.run(
            "run",
            "--game",
            game,
            "--iterations",
            Integer.toString(iterations),
            "--quiet",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  private static double nashConv(String game, Path policy) throws Exception {
    Cli.Result r =
        Cli.run("exploitability", "--game", game, "--policy", policy.toString(), "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return JSON.readTree(r.out()).get("nash_conv").asDouble();
  }

  private static JsonNode event(Path run, int iteration) throws Exception {
    for (String line : Files.readAllLines(run.resolve("events.jsonl"))) {
      JsonNode e = JSON.readTree(line);
      if (e.get("iteration").asInt() == iteration) {
        return e;
      }
    }
    throw new AssertionError("no iteration " + iteration);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kuhn_poker", "leduc_poker"})
  void exportedMetaStrategyHasTheRunsNashConvAndRoundTrips(String game) throws Exception {
    Path run = run(game, 6);
    for (Integer iteration : new Integer[] {null, 3}) {
      Path exported = dir.resolve("meta-" + iteration + ".json");
      Cli.Result r =
          iteration == null
              ? Cli.run(
                  "export", run.toString(), "--format", "openspiel", "--out", exported.toString())
              : Cli.run(
                  "export",
                  run.toString(),
                  "--iteration",
                  iteration.toString(),
                  "--out",
                  exported.toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
      // The aggregated behaviour policy earns what the mixture earns, so its exact NashConv is
      // the one the run recorded for that iteration.
      double recorded = event(run, iteration == null ? 6 : iteration).get("nash_conv").asDouble();
      assertThat(nashConv(game, exported)).isCloseTo(recorded, within(1e-9));

      JsonNode root = JSON.readTree(exported.toFile());
      assertThat(root.get("format").asText()).isEqualTo("openspiel_tabular_policy");
      assertThat(root.get("game").asText()).isEqualTo(Games.load(game).toString());
      // Keys are the game's information-state strings, every one of them, with [action, p] pairs.
      TabularPolicy shape = TabularPolicy.uniform(Games.load(game));
      assertThat(iterable(root.get("policy").fieldNames()))
          .containsExactlyInAnyOrderElementsOf(shape.infoStates());

      Path imported = dir.resolve("imported-" + iteration + ".json");
      Cli.Result i = Cli.run("import", exported.toString(), "--out", imported.toString());
      assertThat(i.exitCode()).as(i.err()).isZero();
      TabularPolicy back = TabularPolicy.read(imported);
      for (String key : shape.infoStates()) {
        JsonNode pairs = root.get("policy").get(key);
        int[] actions = back.legalActions(key);
        double[] probs = back.probabilities(key);
        for (int a = 0; a < actions.length; a++) {
          assertThat(pairs.get(a).get(0).asInt()).isEqualTo(actions[a]);
          assertThat(pairs.get(a).get(1).asDouble()).isEqualTo(probs[a]);
        }
      }
      assertThat(nashConv(game, imported)).isCloseTo(recorded, within(1e-9));
    }
  }

  @Test
  void openSpielKeysForKuhnAndLeduc() throws Exception {
    Path run = run("kuhn_poker", 2);
    Path exported = dir.resolve("kuhn.json");
    assertThat(Cli.run("export", run.toString(), "--out", exported.toString()).exitCode()).isZero();
    // OpenSpiel's Kuhn information states: the card, then the betting history (12 in all).
    assertThat(iterable(JSON.readTree(exported.toFile()).get("policy").fieldNames()))
        .hasSize(12)
        .contains("0", "1", "2", "0p", "1b", "2pb");
    // OpenSpiel's Leduc information-state string for player 0 holding the first jack at the start.
    assertThat(TabularPolicy.uniform(Games.load("leduc_poker")).infoStates())
        .hasSize(936)
        .contains(
            "[Observer: 0][Private: 0][Round 1][Player: 0][Pot: 2][Money: 99 99][Round1: ][Round2: ]");
  }

  @Test
  void singlePolicyFileExportsAsItStands() throws Exception {
    Path run = run("kuhn_poker", 2);
    Path exported = dir.resolve("p0_1.json");
    Cli.Result r =
        Cli.run(
            "export", run.resolve("policies/p0_1.json").toString(), "--out", exported.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    TabularPolicy original = TabularPolicy.read(run.resolve("policies/p0_1.json"));
    assertThat(iterable(JSON.readTree(exported.toFile()).get("policy").fieldNames()))
        .containsExactlyInAnyOrderElementsOf(original.infoStates());
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    Path run = run("kuhn_poker", 2);
    Path exported = dir.resolve("kuhn.json");
    assertThat(Cli.run("export", run.toString(), "--out", exported.toString()).exitCode()).isZero();
    String before = Files.readString(exported);

    Cli.Result again = Cli.run("export", run.toString(), "--out", exported.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("exists").contains("--force");
    assertThat(Files.readString(exported)).isEqualTo(before);

    Cli.Result noIteration =
        Cli.run("export", run.toString(), "--iteration", "9", "--out", dir.resolve("x").toString());
    assertThat(noIteration.exitCode()).isEqualTo(2);
    assertThat(noIteration.err()).contains("--iteration 9");

    ObjectNode broken = (ObjectNode) JSON.readTree(exported.toFile());
    ((ArrayNode) broken.get("policy").get("0p")).removeAll().addArray().add(7).add(1.0);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, JSON.writeValueAsString(broken));
    Cli.Result imp = Cli.run("import", bad.toString(), "--out", dir.resolve("y.json").toString());
    assertThat(imp.exitCode()).isEqualTo(2);
    assertThat(imp.err().lines().toList()).hasSize(1);
    assertThat(imp.err()).contains("bad.json").contains("'0p'").contains("action 7");
    Cli.Result expl = Cli.run("exploitability", "--game", "kuhn_poker", "--policy", bad.toString());
    assertThat(expl.exitCode()).isEqualTo(2);
    assertThat(Files.exists(dir.resolve("y.json"))).isFalse();
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
