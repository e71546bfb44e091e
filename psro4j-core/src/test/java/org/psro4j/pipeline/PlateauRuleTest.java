package org.psro4j.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The plateau rule on a scripted reward stream (reward = min(count, 60) / 100, reported every 5
 * counts): checks at 30 (first, only records), 40, 50, 60 (each +0.10, above THRESH 0.01) and 70
 * (+0.00), so the level is fixed at count 70; with MIN 100 not before the check at 100.
 */
class PlateauRuleTest {

  private static long fixedAt(PipelineSettings settings, long lowerFixedFrom) {
    PlateauRule rule = new PlateauRule(settings);
    PlateauRule.Memory m = PlateauRule.Memory.waiting();
    for (long count = 0; count <= 1000; count += 5) {
      double reward = Math.min(count, 60) / 100.0;
      PlateauRule.Decision d = rule.decide(m, count, reward, count >= lowerFixedFrom);
      m = d.memory();
      if (d.fix()) {
        return count;
      }
    }
    return -1;
  }

  @Test
  void fixesAtTheFirstCheckWithoutImprovement() {
    PipelineSettings s = PipelineSettings.defaults().withPlateau(0.01, 10, 30, 45);
    assertThat(fixedAt(s, 0)).isEqualTo(70);
  }

  @Test
  void minimumCountHoldsTheFixBack() {
    PipelineSettings s = PipelineSettings.defaults().withPlateau(0.01, 10, 30, 100);
    assertThat(fixedAt(s, 0)).isEqualTo(100);
  }

  @Test
  void checksStartOnlyAfterTheLowerLevelsAreFixed() {
    // Lower levels fixed at 200: first check at 230 records 0.60, the next at 240 fixes.
    PipelineSettings s = PipelineSettings.defaults().withPlateau(0.01, 10, 30, 45);
    assertThat(fixedAt(s, 200)).isEqualTo(240);
  }

  @Test
  void maximumCountFixesRegardless() {
    PipelineSettings s = PipelineSettings.defaults().withPlateau(0.01, 10, 30, 500).withMax(55);
    assertThat(fixedAt(s, 0)).isEqualTo(55);
  }
}
