package org.psro4j.ssa.heuristics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaState;

/** The heuristics as PSRO's initial population, and their files in a run directory. */
class SsaHeuristicPopulationTest {

  private static final SsaCoverage GAME =
      (SsaCoverage) Games.load("ssa_coverage(sats=4,planes=2,objects=10,hours=6)");

  @TempDir Path dir;

  @Test
  void thePopulationHoldsTheFiveNamedHeuristicsInOrder() {
    SequencedMap<String, Policy> population = SsaHeuristics.population(GAME);
    assertThat(population.keySet()).containsExactlyElementsOf(SsaHeuristics.NAMES);
    for (Map.Entry<String, Policy> e : population.entrySet()) {
      assertThat(SsaHeuristics.nameOf(e.getValue())).contains(e.getKey());
      assertThat(e.getValue()).hasToString(e.getKey());
    }
    assertThatThrownBy(() -> population.put("timid", population.get("random")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void thePopulationNeedsAnSsaGame() {
    Game kuhn = Games.load("kuhn_poker");
    assertThatThrownBy(() -> SsaHeuristics.population(kuhn))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kuhn_poker");
    assertThat(SsaHeuristics.nameOf((state, player) -> new double[] {1})).isEmpty();
  }

  @Test
  void everyHeuristicRoundTripsThroughItsPolicyFile() {
    for (Map.Entry<String, Policy> e : SsaHeuristics.population(GAME).entrySet()) {
      Path file = dir.resolve(e.getKey() + ".json");
      PolicyFiles.write(e.getValue(), GAME, file);
      Policy back = PolicyFiles.read(GAME, file);
      assertThat(SsaHeuristics.nameOf(back)).contains(e.getKey());
      SsaState state = GAME.newInitialState();
      state.apply(5);
      for (int k = 0; k < 40 && !state.isTerminal(); k++) {
        for (int side = 0; side < 2; side++) {
          assertThat(back.actionProbabilities(state, side))
              .containsExactly(e.getValue().actionProbabilities(state, side));
        }
        state.apply(new int[] {GAME.idleAction(), GAME.idleAction()});
      }
    }
  }

  @Test
  void aFileWithAnUnknownNameOrVersionIsBadInput() throws IOException {
    Path unknown = dir.resolve("timid.json");
    Files.writeString(
        unknown, "{\"version\": 1, \"kind\": \"ssa_heuristic\", \"name\": \"timid\"}");
    assertThatThrownBy(() -> PolicyFiles.read(GAME, unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timid");
    Path future = dir.resolve("future.json");
    Files.writeString(
        future, "{\"version\": 9, \"kind\": \"ssa_heuristic\", \"name\": \"reactive\"}");
    assertThatThrownBy(() -> PolicyFiles.read(GAME, future)).hasMessageContaining("version 9");
  }
}
