package org.psro4j.rl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;

class SquashedGaussianPolicyTest {

  private static final Game BLOTTO = Games.load("continuous_blotto(fields=3)");

  private static SquashedGaussianPolicy randomPolicy(Game game, long seed) {
    ObservationSpec spec = ObservationSpec.ofContinuous(game);
    MlpNetwork net =
        MlpNetwork.create(
            new int[] {spec.size(), 16, 2 * spec.numActions()},
            1.0,
            seed,
            DjlRuntime.device("cpu"));
    return new SquashedGaussianPolicy(game.toString(), spec, net);
  }

  private static ContinuousState initial() {
    return (ContinuousState) BLOTTO.newInitialState();
  }

  @Test
  void actionsLieInTheUnitBoxAndBatchesDrawTheSameNoiseAsSingleStates() {
    SquashedGaussianPolicy policy = randomPolicy(BLOTTO, 3);
    List<ContinuousState> states = Collections.nCopies(20, initial());
    double[][] batch = policy.sampleActions(states, 0, new SplittableRandom(9));
    SplittableRandom one = new SplittableRandom(9);
    for (double[] a : batch) {
      assertThat(a).hasSize(3);
      assertThat(java.util.Arrays.stream(a).allMatch(x -> x >= 0 && x <= 1)).isTrue();
      // 20 rows go through DJL, one row through the plain-Java copy of the weights.
      assertThat(policy.sampleAction(initial(), 0, one))
          .containsExactly(a, org.assertj.core.api.Assertions.within(1e-5));
    }
    assertThat(batch[0]).isNotEqualTo(batch[1]);
  }

  @Test
  void saveAndLoadGiveIdenticalMeansAndIdenticalSamplesForAFixedSeed(@TempDir Path dir) {
    SquashedGaussianPolicy policy = randomPolicy(BLOTTO, 11);
    Path file = dir.resolve("p1.json");
    PolicyFiles.write(policy, BLOTTO, file);
    assertThat(dir.resolve("p1.params")).exists();
    Policy loaded = PolicyFiles.read(BLOTTO, file);
    assertThat(loaded).isInstanceOf(SquashedGaussianPolicy.class);
    SquashedGaussianPolicy back = (SquashedGaussianPolicy) loaded;
    for (int p = 0; p < 2; p++) {
      assertThat(back.meanAction(initial(), p)).containsExactly(policy.meanAction(initial(), p));
      List<ContinuousState> states = new ArrayList<>(Collections.nCopies(30, initial()));
      assertThat(back.sampleActions(states, p, new SplittableRandom(5)))
          .isDeepEqualTo(policy.sampleActions(states, p, new SplittableRandom(5)));
      assertThat(back.sampleAction(initial(), p, new SplittableRandom(6)))
          .containsExactly(policy.sampleAction(initial(), p, new SplittableRandom(6)));
    }
  }

  @Test
  void loadingForAnotherGameOrArchitectureFailsWithAClearMessage(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("b.json");
    PolicyFiles.write(randomPolicy(BLOTTO, 1), BLOTTO, file);
    assertThatThrownBy(() -> PolicyFiles.read(Games.load("continuous_blotto(fields=4)"), file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("saved for game continuous_blotto(fields=3");
    assertThatThrownBy(() -> PolicyFiles.read(Games.load("kuhn_poker"), file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("saved for game");
    Files.writeString(
        file, Files.readString(file).replace("\"squashed_gaussian\"", "\"gaussian\""));
    assertThatThrownBy(() -> PolicyFiles.read(BLOTTO, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("squashed-Gaussian head");
  }

  @Test
  void aNetworkOfTheWrongWidthIsRefused() {
    ObservationSpec spec = ObservationSpec.ofContinuous(BLOTTO);
    MlpNetwork net =
        MlpNetwork.create(new int[] {spec.size(), 3}, 1.0, 1, DjlRuntime.device("cpu"));
    assertThatThrownBy(() -> new SquashedGaussianPolicy(BLOTTO.toString(), spec, net))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 8 -> 6");
  }
}
