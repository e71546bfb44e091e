package org.psro4j.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;

/**
 * The manager's solve memory: an equal game (names and every entry) is answered from memory with
 * the same strategy, a game differing in one entry, one variance or one name is solved again, and
 * the oldest answer is forgotten past the capacity.
 */
class SolveCacheTest {

  static EmpiricalGame game(double corner, String name) {
    EmpiricalGame g = new EmpiricalGame(2);
    g.addStrategy(0, "a");
    g.addStrategy(0, name);
    g.addStrategy(1, "x");
    g.addStrategy(1, "y");
    g.setExact(new int[] {0, 0}, new double[] {corner, -corner});
    g.setExact(new int[] {0, 1}, new double[] {-1, 1});
    g.setExact(new int[] {1, 0}, new double[] {-1, 1});
    g.setSampled(new int[] {1, 1}, new double[] {1, -1}, new double[] {0.5, 0.5}, 10);
    return g.snapshot();
  }

  @Test
  void equalGamesShareOneSolve() {
    var solver = new PipelineManagerTest.RecordingUniform();
    SolveCache cache = new SolveCache(4);
    MetaStrategy first = cache.solve(solver, game(1, "b"));
    MetaStrategy again = cache.solve(solver, game(1, "b"));
    assertThat(again).isSameAs(first);
    assertThat(solver.seen).hasSize(1);
    assertThat(cache.hits()).isEqualTo(1);
    assertThat(cache.misses()).isEqualTo(1);
  }

  @Test
  void aChangedEntryOrNameIsSolvedAgain() {
    var solver = new PipelineManagerTest.RecordingUniform();
    SolveCache cache = new SolveCache(4);
    cache.solve(solver, game(1, "b"));
    cache.solve(solver, game(0.5, "b"));
    cache.solve(solver, game(1, "c"));
    EmpiricalGame moreSamples = game(1, "b").mutableCopy();
    moreSamples.setSampled(new int[] {1, 1}, new double[] {1, -1}, new double[] {0.5, 0.5}, 11);
    cache.solve(solver, moreSamples.snapshot());
    assertThat(solver.seen).hasSize(4);
    assertThat(cache.hits()).isZero();
  }

  @Test
  void theOldestAnswerIsForgottenPastTheCapacity() {
    var solver = new PipelineManagerTest.RecordingUniform();
    SolveCache cache = new SolveCache(2);
    cache.solve(solver, game(1, "b"));
    cache.solve(solver, game(2, "b"));
    cache.solve(solver, game(1, "b"));
    cache.solve(solver, game(3, "b"));
    cache.solve(solver, game(2, "b"));
    assertThat(solver.seen).hasSize(4);
    assertThat(cache.hits()).isEqualTo(1);
  }
}
