package org.psro4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report's best exact gap is the first row that reached it: a later row lower by rounding error
 * only (the same meta-strategy's NashConv recomputed) does not move it, a really lower one does.
 */
class RunSummaryTest {

  private static RunSummary summary(String... nashConv) {
    return summary(null, nashConv);
  }

  private static RunSummary summary(JsonNode config, String... nashConv) {
    List<String[]> rows = new java.util.ArrayList<>();
    for (int i = 0; i < nashConv.length; i++) {
      rows.add(new String[] {Integer.toString(i), nashConv[i]});
    }
    return RunSummary.of(
        config, new MetricsTable(List.of("iteration", "nash_conv"), rows), List.of(), null);
  }

  @Test
  void theBestGapIsTheFirstRowThatReachedIt() {
    // As a Kuhn Pipeline run's rows: 1/3 first at row 2, then the same value 7e-14 lower.
    RunSummary s =
        summary(
            "0.9166666666666667",
            "0.5",
            "0.33333333333334986",
            "0.33333333333334514",
            "0.33333333333328136");
    assertThat(s.bestIteration()).isEqualTo(2);
    assertThat(s.bestGap()).isEqualTo(0.33333333333334986);
    assertThat(s.finalGap()).isEqualTo(0.33333333333328136);

    RunSummary lower = summary("0.5", "0.25", "0.2499", "0.3");
    assertThat(lower.bestIteration()).isEqualTo(2);
    assertThat(lower.bestGap()).isEqualTo(0.2499);
  }

  @Test
  void policiesAddedSumsNewPoliciesNotRows() {
    // As a Kuhn Pipeline run's rows: its first promotion fixed two levels at once.
    List<String[]> rows =
        List.of(
            new String[] {"0", "0"},
            new String[] {"1", "2"},
            new String[] {"2", "1"},
            new String[] {"3", "1"});
    RunSummary s =
        RunSummary.of(
            null, new MetricsTable(List.of("iteration", "new_policies"), rows), List.of(), null);
    assertThat(s.iterations()).isEqualTo(3);
    assertThat(s.policiesAdded()).isEqualTo(4);
    assertThat(summary("0.5", "0.25").policiesAdded()).isEqualTo(-1);
  }

  @Test
  void aClusterManagersRunHasItsLevelsAsTheBudget() throws Exception {
    JsonNode manager = new ObjectMapper().readTree("{\"algo\": \"pipeline\", \"levels\": 2}");
    RunSummary s = summary(manager, "0.9166666666666667", "0.5");
    assertThat(s.budget()).isEqualTo(2);
    assertThat(s.row()).isEqualTo("promotion");
  }
}
