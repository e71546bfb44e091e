package org.psro4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report's number formats. */
class NumbersTest {

  @Test
  void significantDigits() {
    assertThat(Numbers.sig(3.733333333333338, 3)).isEqualTo("3.73");
    assertThat(Numbers.sig(2.3681334671010745E-12, 2)).isEqualTo("2.4e-12");
    assertThat(Numbers.sig(-0.11282968604421231, 4)).isEqualTo("−0.1128");
    assertThat(Numbers.sig(35.16079032500001, 3)).isEqualTo("35.2");
    assertThat(Numbers.sig(4.0, 4)).isEqualTo("4");
    assertThat(Numbers.sig(1234567.0, 3)).isEqualTo("1.23e6");
    assertThat(Numbers.sig(Double.NaN, 3)).isEqualTo("–");
  }

  @Test
  void metricsCellsKeepIntegersAndRoundTheRest() {
    assertThat(Numbers.cell("101")).isEqualTo("101");
    assertThat(Numbers.cell("0.091355683")).isEqualTo("0.09136");
    assertThat(Numbers.cell("1.3126999487411695E-13")).isEqualTo("1.313e-13");
    assertThat(Numbers.cell("")).isEmpty();
  }

  @Test
  void durationsCountsAndColourBarBounds() {
    assertThat(Numbers.duration(35.16)).isEqualTo("35.2 s");
    assertThat(Numbers.duration(125)).isEqualTo("2 min 05 s");
    assertThat(Numbers.count(1234567)).isEqualTo("1\u202f234\u202f567");
    assertThat(Numbers.niceCeiling(3.733333333333338)).isEqualTo(3.8);
    assertThat(Numbers.niceCeiling(0.0123)).isEqualTo(0.013);
    assertThat(Numbers.niceCeiling(2)).isEqualTo(2.0);
  }

  @Test
  void heatMapTicksThinToAboutTen() {
    long shown =
        java.util.stream.IntStream.range(0, 101)
            .filter(i -> !HeatMaps.tick(i, 101).isEmpty())
            .count();
    assertThat(shown).isEqualTo(11);
    assertThat(HeatMaps.tick(30, 101)).isEqualTo("30");
    assertThat(HeatMaps.tick(2, 6)).isEqualTo("2");
  }
}
