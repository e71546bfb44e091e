package org.psro4j.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;

/**
 * {@link PayoffTable#restrict} gives the entries of the slots asked for, keeps the same snapshot
 * while no entry changes, and builds a new one from the changed entries after a put.
 */
class PayoffTableTest {

  private static PayoffTable.Entry exact(double row, double column) {
    return new PayoffTable.Entry(new int[] {0, 0}, new double[] {row, column}, null, 0);
  }

  @Test
  void restrictionsAreKeptUntilAnEntryChanges() {
    PayoffTable table = new PayoffTable();
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        table.put(new int[] {i, j}, exact(i - j, j - i));
      }
    }
    List<List<Integer>> both = List.of(List.of(0, 1), List.of(0, 1));
    EmpiricalGame first = table.restrict(both);
    assertThat(first.mean(0, new int[] {1, 0})).isEqualTo(1.0);
    assertThat(first.names(1)).containsExactly("p1_level0", "p1_level1");
    assertThat(table.restrict(List.of(List.of(0, 1), List.of(0, 1)))).isSameAs(first);
    EmpiricalGame corner = table.restrict(List.of(List.of(1), List.of(0)));
    assertThat(corner.mean(1, new int[] {0, 0})).isEqualTo(-1.0);

    table.put(new int[] {1, 0}, exact(0.25, -0.25));
    EmpiricalGame after = table.restrict(both);
    assertThat(after).isNotSameAs(first);
    assertThat(after.mean(0, new int[] {1, 0})).isEqualTo(0.25);
    assertThat(first.mean(0, new int[] {1, 0})).as("the old snapshot").isEqualTo(1.0);
    assertThat(table.restrict(List.of(List.of(1), List.of(0))).mean(1, new int[] {0, 0}))
        .isEqualTo(-0.25);
  }

  @Test
  void aMissingEntryGivesNullUntilItIsMeasured() {
    PayoffTable table = new PayoffTable();
    table.put(new int[] {0, 0}, exact(0, 0));
    List<List<Integer>> slots = List.of(List.of(0), List.of(0, 1));
    assertThat(table.restrict(slots)).isNull();
    assertThat(table.restrict(slots)).isNull();
    table.put(new int[] {0, 1}, exact(0.5, -0.5));
    assertThat(table.restrict(slots).mean(0, new int[] {0, 1})).isEqualTo(0.5);
  }
}
