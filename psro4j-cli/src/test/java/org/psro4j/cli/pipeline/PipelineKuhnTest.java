package org.psro4j.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.pipeline.PipelinePsro;
import org.psro4j.pipeline.PipelineSettings;
import org.psro4j.psro.IterationResult;
import org.psro4j.rl.algo.PpoOracle;
import org.psro4j.run.RunDirectory;
import org.psro4j.solvers.MetaSolvers;

/**
 * Pipeline PSRO with PPO levels on Kuhn poker (McAleer et al. 2020): exact NashConv of the fixed
 * table's Nash meta-strategy reaches 0.05 (the target; Kuhn's uniform profile has 11/12),
 * and a single-worker run saved through its run directory at a promotion and resumed ends exactly
 * as the uninterrupted run. PPO starts each level fresh ({@code warm_start=false}): warm-started
 * from the previous level's nearly deterministic policy, Kuhn's levels stalled at NashConv 0.24 to
 * 0.36.
 */
class PipelineKuhnTest {

  @TempDir Path dir;

  /** The reference's plateau rule scaled down for Kuhn, counted in episodes. */
  static PipelineSettings kuhnSettings(long per, int levels) {
    return PipelineSettings.defaults()
        .withPlateau(0.01, per, 2 * per, 3 * per)
        .withRefresh(per)
        .withLevels(levels)
        .withEpisodes(true);
  }

  static PipelinePsro driver(Game kuhn, PipelineSettings s, int workers, long seed) {
    return builder(kuhn, s, workers, seed).build();
  }

  /** {@link #driver}'s builder, for a test to add to. */
  static org.psro4j.pipeline.PipelinePsroBuilder builder(
      Game kuhn, PipelineSettings s, int workers, long seed) {
    return PipelinePsro.builder(kuhn)
        .settings(s)
        .solver(MetaSolvers.create("nash"))
        .oracle(
            PpoOracle.fromOptions(
                Map.of(
                    "num_envs",
                    "16",
                    "rollout_steps",
                    "128",
                    "br_steps",
                    "16000",
                    "warm_start",
                    "false")))
        .workers(workers)
        .seed(seed);
  }

  static List<Double> gaps(List<IterationResult> results) {
    return results.stream().map(IterationResult::exactGap).toList();
  }

  @Test
  void oneWorkerReachesNashConvFiveHundredths() {
    Game kuhn = Games.load("kuhn_poker");
    PipelinePsro d = driver(kuhn, kuhnSettings(2000, 7), 1, 3);
    List<IterationResult> results = d.run();
    d.close();
    assertThat(results.getFirst().exactGap())
        .isEqualTo(11.0 / 12, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(results.getLast().exactGap()).isLessThanOrEqualTo(0.05);
    assertThat(d.stopReason()).isEqualTo("levels");
    assertThat(results.getLast().populationSizes()).containsExactly(8, 8);
  }

  @Test
  @Tag("long")
  void twoWorkersReachNashConvFiveHundredths() {
    Game kuhn = Games.load("kuhn_poker");
    PipelinePsro d = driver(kuhn, kuhnSettings(2000, 10), 2, 5);
    List<IterationResult> results = d.run();
    d.close();
    assertThat(results.getLast().exactGap()).isLessThanOrEqualTo(0.05);
  }

  @Test
  void resumedFromTheRunDirectoryEqualsUninterrupted() {
    Game kuhn = Games.load("kuhn_poker");
    PipelineSettings s = kuhnSettings(1000, 2);
    PipelinePsro straight = driver(kuhn, s, 1, 11);
    List<Double> expected = gaps(straight.run());
    straight.close();

    PipelinePsro first = driver(kuhn, s, 1, 11);
    List<IterationResult> before = new ArrayList<>();
    try (RunDirectory run =
        RunDirectory.create(dir, kuhn, new ObjectMapper().createObjectNode(), false)) {
      first.addListener(run);
      for (int i = 0; i < 3; i++) {
        before.add(first.step());
      }
    }
    first.close();
    PipelinePsro second = driver(kuhn, s, 1, 11);
    second.restore(RunDirectory.checkpoint(dir, kuhn).state());
    List<IterationResult> after = second.run();
    second.close();

    List<Double> resumed = new ArrayList<>(gaps(before));
    resumed.addAll(gaps(after));
    assertThat(resumed).isEqualTo(expected);
    assertThat(after.getLast().iteration()).isEqualTo(expected.size() - 1);
  }

  @Test
  void levelsAreFixedInOrder() {
    Game kuhn = Games.load("kuhn_poker");
    PipelinePsro d = driver(kuhn, kuhnSettings(1000, 2), 2, 7);
    d.run();
    d.close();
    // Every fix of a level comes after the fixes of every lower level of both players.
    int[] highest = {0, 0};
    for (var e : d.timeline()) {
      if (e.what().equals("fix") && e.level() > 0) {
        assertThat(Math.min(highest[0], highest[1])).isGreaterThanOrEqualTo(e.level() - 1);
        highest[e.player()] = e.level();
      }
    }
    assertThat(highest).containsExactly(2, 2);
  }
}
