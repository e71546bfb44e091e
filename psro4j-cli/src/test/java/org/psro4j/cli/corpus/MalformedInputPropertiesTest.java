package org.psro4j.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property-based half of the malformed-input corpus (issue 17): generated bad game strings,
 * settings files and payoff files. Each try runs the command in-process and must exit 2 with one
 * line naming the problem, changing no file that existed before, not even the run or output file
 * that {@code --force} would have replaced had the input been good.
 */
class MalformedInputPropertiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> GAMES =
      List.of("kuhn_poker", "leduc_poker", "goofspiel", "random_matrix", "matching_pennies");
  private static final List<String> WHOLE_KEYS =
      List.of("iterations", "patience", "seed", "threads", "episodes", "top_k");
  private static final String RPS =
      "{\"players\": 2, \"payoffs\": [[[0, -1, 1], [1, 0, -1], [-1, 1, 0]],"
          + " [[0, 1, -1], [-1, 0, 1], [1, -1, 0]]]}";

  private static Path root;

  private static synchronized Path newCase() throws IOException {
    if (root == null) {
      root = Files.createTempDirectory("psro4j-corpus-props");
    }
    Path dir = Files.createTempDirectory(root, "try");
    Corpus.fixtures(dir, false);
    return dir;
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    Corpus.delete(root);
  }

  /** A game string that cannot load, with the part of it a message must name. */
  record BadGame(String game, String named) {}

  @Property(tries = 70)
  void badGameStringsAreOneLineAndLeaveTheOutputFileAlone(@ForAll("badGames") BadGame bad)
      throws IOException {
    Path dir = newCase();
    Path out = dir.resolve("precious.txt");
    Corpus.check(
        dir,
        2,
        bad.named(),
        List.of(
            "solve",
            "--game",
            bad.game(),
            "--iterations",
            "3",
            "--out",
            out.toString(),
            "--force"));
  }

  @Provide
  Arbitrary<BadGame> badGames() {
    Arbitrary<String> known = Arbitraries.of(GAMES);
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<BadGame> unknownName = word.map(w -> new BadGame("zz" + w, "zz" + w));
    Arbitrary<BadGame> unknownParameter =
        Combinators.combine(known, word, Arbitraries.integers().between(-5, 99))
            .as((g, w, v) -> new BadGame(g + "(zz" + w + "=" + v + ")", "zz" + w));
    Arbitrary<BadGame> tooFewPlayers =
        Combinators.combine(
                Arbitraries.of("kuhn_poker", "leduc_poker"),
                Arbitraries.integers().between(Integer.MIN_VALUE / 2, 1))
            .as((g, n) -> new BadGame(g + "(players=" + n + ")", "players=" + n));
    Arbitrary<BadGame> notANumber =
        Combinators.combine(Arbitraries.of("kuhn_poker", "leduc_poker"), word)
            .as((g, w) -> new BadGame(g + "(players=" + w + ")", "players=" + w));
    Arbitrary<BadGame> unclosed =
        Combinators.combine(known, word)
            .as((g, w) -> new BadGame(g + "(players=" + w.length(), "lacks a closing ')'"));
    return Arbitraries.oneOf(unknownName, unknownParameter, tooFewPlayers, notANumber, unclosed);
  }

  /** A settings file with one bad entry, and the key a message must name. */
  record BadConfig(String json, String named) {}

  @Property(tries = 90)
  void badSettingsFilesNeverTouchTheRunThatForceWouldReplace(@ForAll("badConfigs") BadConfig bad)
      throws IOException {
    Path dir = newCase();
    Corpus.copyRun(dir.resolve("run"));
    Path config = dir.resolve("in.json");
    Files.writeString(config, bad.json());
    Corpus.check(
        dir,
        2,
        bad.named(),
        List.of(
            "run",
            "--config",
            config.toString(),
            "--out",
            dir.resolve("run").toString(),
            "--force",
            "--quiet"));
  }

  @Provide
  Arbitrary<BadConfig> badConfigs() {
    Arbitrary<Map<String, Object>> goodPart =
        Arbitraries.maps(
                Arbitraries.of("game", "algo", "iterations", "seed", "threads"),
                Arbitraries.just(0))
            .ofMaxSize(3)
            .map(
                m -> {
                  Map<String, Object> good = new java.util.TreeMap<>();
                  m.keySet()
                      .forEach(
                          k ->
                              good.put(
                                  k,
                                  switch (k) {
                                    case "game" -> "kuhn_poker";
                                    case "algo" -> "psro";
                                    case "threads" -> 1;
                                    default -> 3;
                                  }));
                  return good;
                });
    Arbitrary<Object> notWhole =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(-1e6, 1e6).filter(d -> d != Math.rint(d)).map(d -> d),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).map(s -> s),
            Arbitraries.of(true, false).map(b -> b),
            Arbitraries.just(List.of(1)).map(l -> l),
            Arbitraries.just(Map.of("n", 1)).map(m -> m));
    Arbitrary<BadConfig> wrongType =
        Combinators.combine(goodPart, Arbitraries.of(WHOLE_KEYS), notWhole)
            .as(
                (good, key, value) -> {
                  ObjectNode o = JSON.valueToTree(good);
                  o.set(key, JSON.valueToTree(value));
                  return new BadConfig(o.toString(), "'" + key + "'");
                });
    Arbitrary<BadConfig> unknownKey =
        Combinators.combine(
                goodPart,
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10))
            .as(
                (good, key) -> {
                  ObjectNode o = JSON.valueToTree(good);
                  o.put("zz_" + key, 1);
                  return new BadConfig(o.toString(), "unknown setting 'zz_" + key + "'");
                });
    Arbitrary<BadConfig> negative =
        Combinators.combine(
                goodPart,
                Arbitraries.of("iterations", "patience", "top_k", "threads"),
                Arbitraries.integers().between(-1_000_000, -1))
            .as(
                (good, key, v) -> {
                  ObjectNode o = JSON.valueToTree(good);
                  o.put(key, v);
                  return new BadConfig(o.toString(), key + "=" + v);
                });
    Arbitrary<BadConfig> truncated =
        Combinators.combine(goodPart, Arbitraries.integers().between(1, 1000))
            .as(
                (good, cut) -> {
                  String full = JSON.valueToTree(good).toString();
                  int keep = Math.max(1, Math.min(cut % full.length(), full.length() - 1));
                  return new BadConfig(full.substring(0, keep), "not valid JSON");
                });
    return Arbitraries.oneOf(wrongType, unknownKey, negative, truncated);
  }

  /** A damaged payoff file: a valid one cut short or with one entry broken. */
  @Property(tries = 90)
  void damagedPayoffFilesNameTheFileAndStayUnchanged(@ForAll("badPayoffs") String content)
      throws IOException {
    Path dir = newCase();
    Path file = dir.resolve("in.json");
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    Corpus.check(dir, 2, "--payoffs " + file, List.of("metasolve", "--payoffs", file.toString()));
  }

  @Provide
  Arbitrary<String> badPayoffs() {
    Arbitrary<String> cut =
        Arbitraries.integers().between(1, RPS.length() - 1).map(n -> RPS.substring(0, n));
    List<Integer> numbers = numberPositions();
    Arbitrary<String> brokenEntry =
        Combinators.combine(
                Arbitraries.of(numbers),
                Arbitraries.of("\"x\"", "null", "true", "[]", "{}", "\"NaN\"", "[1, 2]"))
            .as((at, token) -> RPS.substring(0, at) + token + RPS.substring(numberEnd(at)));
    Arbitrary<String> wrongPlayers =
        Arbitraries.integers()
            .between(-3, 6)
            .filter(n -> n != 2)
            .map(n -> RPS.replace("\"players\": 2", "\"players\": " + n));
    Arbitrary<String> missingRow =
        Arbitraries.of(
            RPS.replace("[1, 0, -1], ", ""),
            RPS.replace(", [1, -1, 0]", ""),
            RPS.replace("[0, -1, 1], ", "[0, -1], "));
    return Arbitraries.oneOf(cut, brokenEntry, wrongPlayers, missingRow);
  }

  /** Where each payoff number of {@link #RPS} starts. */
  private static List<Integer> numberPositions() {
    List<Integer> at = new java.util.ArrayList<>();
    int start = RPS.indexOf("\"payoffs\"");
    for (int i = start; i < RPS.length(); i++) {
      char c = RPS.charAt(i);
      char prev = RPS.charAt(i - 1);
      if ((Character.isDigit(c) || c == '-') && (prev == '[' || prev == ' ')) {
        at.add(i);
      }
    }
    return at;
  }

  private static int numberEnd(int start) {
    int i = start + 1;
    while (i < RPS.length() && Character.isDigit(RPS.charAt(i))) {
      i++;
    }
    return i;
  }

  @Property(tries = 1)
  void thePayoffTemplateItselfSolves() throws IOException {
    Path dir = newCase();
    Path file = dir.resolve("rps.json");
    Files.writeString(file, RPS);
    assertThat(org.psro4j.cli.Cli.run("metasolve", "--payoffs", file.toString()).exitCode())
        .isZero();
  }
}
