package org.psro4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.testing.TestPolicies;

class TabularPolicyJsonTest {

  private final Game kuhn = Games.load("kuhn_poker");

  @TempDir Path dir;

  @Test
  void roundTripsExactlyThroughAFile() throws IOException {
    TabularPolicy policy = TestPolicies.random(kuhn, 5);
    Path file = dir.resolve("sub/policy.json");
    policy.write(file);
    assertThat(TabularPolicy.read(file, kuhn)).isEqualTo(policy);
    assertThat(TabularPolicy.read(file)).isEqualTo(policy);
    // Overwriting leaves only the file itself behind: the temporary file was renamed.
    TabularPolicy.uniform(kuhn).write(file);
    assertThat(TabularPolicy.read(file, kuhn)).isEqualTo(TabularPolicy.uniform(kuhn));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void roundTripsMultiLineInformationStates() throws IOException {
    // Goofspiel's information states span several lines (as in OpenSpiel).
    Game goofspiel = Games.load("goofspiel(num_cards=3)");
    TabularPolicy policy = TestPolicies.random(goofspiel, 9);
    assertThat(policy.infoStates()).anyMatch(s -> s.contains("\n"));
    Path file = dir.resolve("goofspiel.json");
    policy.write(file);
    assertThat(TabularPolicy.read(file, goofspiel)).isEqualTo(policy);
  }

  @Test
  void writesVersionGameAndStates() {
    String json = TabularPolicy.firstAction(kuhn).toJson();
    assertThat(json)
        .contains("\"version\" : 1")
        .contains("\"game\" : \"kuhn_poker(players=2)\"")
        .contains("\"legal_actions\" : [0,1]")
        .contains("\"probabilities\" : [1.0,0.0]");
    assertThat(TabularPolicy.fromJson(json, "text")).isEqualTo(TabularPolicy.firstAction(kuhn));
  }

  @Test
  void acceptsAnyStringOfTheSameGame() throws IOException {
    Path file = dir.resolve("short.json");
    Files.writeString(file, policy("kuhn_poker", "[0.5, 0.5]"));
    assertThat(TabularPolicy.read(file, kuhn).probabilities("0")).containsExactly(0.5, 0.5);
  }

  @Test
  void rejectsAnotherGame() throws IOException {
    Path file = dir.resolve("other.json");
    Files.writeString(file, policy("kuhn_poker(players=3)", "[0.5, 0.5]"));
    assertBad(() -> TabularPolicy.read(file, kuhn), "is for game 'kuhn_poker(players=3)'");
  }

  @Test
  void rejectsBadProbabilitiesNamingTheStateAndValue() {
    assertBad(() -> parse(policy("kuhn_poker", "[1.25, -0.25]")), "information state '0'", "-0.25");
    assertBad(() -> parse(policy("kuhn_poker", "[0.5, 0.6]")), "'0'", "sum to 1.1");
    assertBad(() -> parse(policy("kuhn_poker", "[NaN, 1.0]")), "'0'", "NaN");
    assertBad(() -> parse(policy("kuhn_poker", "[\"NaN\", 1.0]")), "'0'", "not a number");
    assertBad(() -> parse(policy("kuhn_poker", "[1.0]")), "'0'", "1 probabilities");
  }

  @Test
  void rejectsMalformedFilesWithOneLine() {
    assertBad(() -> parse("{\"version\": 1, \"game\": "), "not valid JSON", "line 1");
    assertBad(() -> parse("[1, 2]"), "expected a JSON object");
    assertBad(() -> parse("{\"game\": \"kuhn_poker\", \"info_states\": {}}"), "'version'");
    assertBad(
        () -> parse("{\"version\": 2, \"game\": \"kuhn_poker\", \"info_states\": {}}"),
        "unsupported version 2");
    assertBad(() -> parse("{\"version\": 1, \"info_states\": {}}"), "'game'");
    assertBad(() -> parse("{\"version\": 1, \"game\": \"kuhn_poker\"}"), "'info_states'");
    assertBad(
        () ->
            parse(
                "{\"version\": 1, \"game\": \"kuhn_poker\", \"info_states\": {\"0\":"
                    + " {\"legal_actions\": [0, 1.5], \"probabilities\": [0.5, 0.5]}}}"),
        "'0'",
        "1.5");
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertThatThrownBy(() -> TabularPolicy.read(dir.resolve("nope.json"), kuhn))
        .isInstanceOf(NoSuchFileException.class);
  }

  private static String policy(String game, String probabilities) {
    return "{\"version\": 1, \"game\": \""
        + game
        + "\", \"info_states\": {\"0\": {\"legal_actions\": [0, 1], \"probabilities\": "
        + probabilities
        + "}}}";
  }

  private static TabularPolicy parse(String json) {
    return TabularPolicy.fromJson(json, "p.json");
  }

  private static void assertBad(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String... parts) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("\n")
        .satisfies(e -> assertThat(e.getMessage()).contains(parts));
  }
}
