package org.psro4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Game;
import org.psro4j.game.Games;

/** The core continuous policies: what they sample, and their JSON files through PolicyFiles. */
class ContinuousPoliciesTest {

  private final Game blotto = Games.load("continuous_blotto(fields=3)");

  @TempDir Path dir;

  @Test
  void uniformSamplesTheUnitBoxFromTheGivenGenerator() {
    UniformContinuousPolicy uniform = UniformContinuousPolicy.of(blotto);
    ContinuousState state = (ContinuousState) blotto.newInitialState();
    SplittableRandom rng = new SplittableRandom(1);
    double[] mean = new double[3];
    int n = 30_000;
    for (int i = 0; i < n; i++) {
      double[] a = uniform.sampleAction(state, i % 2, rng);
      assertThat(a).hasSize(3);
      for (int j = 0; j < 3; j++) {
        assertThat(a[j]).isBetween(0.0, 1.0);
        mean[j] += a[j] / n;
      }
    }
    for (double m : mean) {
      // U[0,1] has standard deviation 0.289; 5 standard errors of the mean.
      assertThat(m).isCloseTo(0.5, within(5 * 0.289 / Math.sqrt(n)));
    }
    assertThat(uniform.sampleAction(state, 0, new SplittableRandom(9)))
        .containsExactly(uniform.sampleAction(state, 0, new SplittableRandom(9)));
  }

  @Test
  void fixedPlaysItsVectorAndComparesByValue() {
    FixedContinuousPolicy even = FixedContinuousPolicy.constant(blotto, 0.5);
    ContinuousState state = (ContinuousState) blotto.newInitialState();
    double[] a = even.sampleAction(state, 1, new SplittableRandom(2));
    assertThat(a).containsExactly(0.5, 0.5, 0.5);
    a[0] = 0.9;
    assertThat(even.action()).containsExactly(0.5, 0.5, 0.5);
    assertThat(even).isEqualTo(new FixedContinuousPolicy(new double[] {0.5, 0.5, 0.5}));
    assertThat(even).hasSameHashCodeAs(new FixedContinuousPolicy(new double[] {0.5, 0.5, 0.5}));
    assertThat(even).isNotEqualTo(new FixedContinuousPolicy(new double[] {0.5, 0.5, 0.25}));
  }

  @Test
  void badVectorsAndGamesAreRefused() {
    assertThatThrownBy(() -> new FixedContinuousPolicy(new double[] {0.5, 1.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> new FixedContinuousPolicy(new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> UniformContinuousPolicy.of(Games.load("kuhn_poker")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kuhn_poker");
    ContinuousState five =
        (ContinuousState) Games.load("continuous_blotto(fields=5)").newInitialState();
    assertThatThrownBy(
            () -> new UniformContinuousPolicy(3).sampleAction(five, 0, new SplittableRandom(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0,1]^3");
    assertThatThrownBy(() -> new UniformContinuousPolicy(3).actionProbabilities(five, 0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void bothRoundTripThroughPolicyFilesAtomically() throws IOException {
    Path fixedFile = dir.resolve("policies/fixed.json");
    Path uniformFile = dir.resolve("policies/uniform.json");
    FixedContinuousPolicy fixed = new FixedContinuousPolicy(new double[] {0.1, 1.0 / 3, 0.0});
    PolicyFiles.write(fixed, blotto, fixedFile);
    PolicyFiles.write(UniformContinuousPolicy.of(blotto), blotto, uniformFile);
    assertThat(PolicyFiles.read(blotto, fixedFile)).isEqualTo(fixed);
    assertThat(PolicyFiles.read(blotto, uniformFile)).isEqualTo(UniformContinuousPolicy.of(blotto));
    assertThat(Files.readString(fixedFile))
        .contains("\"kind\" : \"fixed_continuous\"")
        .contains("\"version\" : 1")
        .contains("0.3333333333333333");
    // Overwriting leaves no temporary file behind.
    PolicyFiles.write(FixedContinuousPolicy.constant(blotto, 0.5), blotto, fixedFile);
    assertThat(PolicyFiles.read(blotto, fixedFile))
        .isEqualTo(FixedContinuousPolicy.constant(blotto, 0.5));
    try (Stream<Path> files = Files.list(fixedFile.getParent())) {
      assertThat(files).containsExactlyInAnyOrder(fixedFile, uniformFile);
    }
  }

  @Test
  void filesForAnotherGameOrShapeAreRefusedNamingTheFile() throws IOException {
    Path file = dir.resolve("fixed.json");
    PolicyFiles.write(FixedContinuousPolicy.constant(blotto, 0.5), blotto, file);
    Game other = Games.load("continuous_blotto(fields=4)");
    assertThatThrownBy(() -> PolicyFiles.read(other, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("fields=4");
    Files.writeString(file, Files.readString(file).replace("\"version\" : 1", "\"version\" : 7"));
    assertThatThrownBy(() -> PolicyFiles.read(blotto, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 7");
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"version\": 1, \"kind\": \"fixed_continuous\", \"game\": \"continuous_blotto\","
            + " \"dimension\": 3, \"action\": [0.5, 2.0, 0.5]}");
    assertThatThrownBy(() -> PolicyFiles.read(blotto, bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.json")
        .hasMessageContaining("2.0");
  }
}
