package org.psro4j.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.exact.Exploitability;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.Psro;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.state.DriverState;

/**
 * The README's library example compiles and runs: {@link #example} holds it line for line, and
 * {@link #readmeShowsThisExample} checks that the README's block is exactly that code.
 */
class ReadmeExampleTest {

  private static final String BEGIN = "    // README begin";
  private static final String END = "    // README end";

  private static DriverState example() {
    // README begin
    Game game = Games.load("leduc_poker");
    Psro psro =
        Psro.builder(game) // exact best responses and payoffs by default
            .solver(MetaSolvers.create("nash"))
            .iterations(50)
            .seed(42)
            .threads(3)
            .build();
    for (IterationResult r : psro.run()) {
      System.out.printf("it %d NashConv %.4f%n", r.iteration(), r.exactGap());
    }
    DriverState state = psro.state(); // one value: population, meta-game, meta-strategy, ...
    System.out.println(
        Exploitability.nashConv(game, TabularPolicy.uniform(game)).nashConv()); // 4.7472
    // README end
    return state;
  }

  @Test
  void exampleRunsFiftyIterationsOfLeduc() {
    PrintStream saved = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    DriverState state;
    try {
      state = example();
    } finally {
      System.setOut(saved);
    }
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(52);
    // Uniform Leduc: NashConv 4.747222222 (OpenSpiel exploitability_test).
    assertThat(lines.getFirst()).isEqualTo("it 0 NashConv 4.7472");
    assertThat(Double.parseDouble(lines.getLast())).isCloseTo(4.747222222, within(1e-9));
    assertThat(state.iteration()).isEqualTo(50);
    assertThat(state.metaStrategy().solver()).isEqualTo("nash");
  }

  @Test
  void readmeShowsThisExample() throws Exception {
    String source =
        Files.readString(
            Path.of("src/test/java/org/psro4j/readme/ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    String body = source.substring(source.indexOf(BEGIN + "\n") + BEGIN.length() + 1);
    body = body.substring(0, body.indexOf(END));
    String expected = body.lines().map(l -> l.substring(4)).reduce("", (a, l) -> a + l + "\n");
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String block = readme.substring(readme.indexOf("```java\n") + "```java\n".length());
    block = block.substring(0, block.indexOf("```"));
    assertThat(block).isEqualTo(expected);
  }
}
