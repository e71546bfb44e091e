package org.psro4j.metagame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmpiricalGameJsonTest {

  @Test
  void readsTheHandWrittenForm() {
    EmpiricalGame game =
        EmpiricalGameJson.parse(
            """
            {"players": 2, "payoffs": [[[0, -1, 1], [1, 0, -1]], [[0, 1, -1], [-1, 0, 1]]],
             "names": [["rock", "paper"], ["R", "P", "S"]]}
            """);
    assertThat(game.sizes()).containsExactly(2, 3);
    assertThat(game.mean(0, new int[] {1, 2})).isEqualTo(-1);
    assertThat(game.mean(1, new int[] {0, 1})).isEqualTo(1);
    assertThat(game.name(0, 1)).isEqualTo("paper");
    assertThat(game.isExact(new int[] {1, 1})).isTrue();
  }

  @Test
  void readsThreePlayersWithDefaultNames() {
    EmpiricalGame game =
        EmpiricalGameJson.parse("{\"players\":3,\"payoffs\":[[[[1,2]]],[[[3,4]]],[[[5,6]]]]}");
    assertThat(game.sizes()).containsExactly(1, 1, 2);
    assertThat(game.mean(2, new int[] {0, 0, 1})).isEqualTo(6);
    assertThat(game.names(2)).containsExactly("s0", "s1");
  }

  @Test
  void fullFormRoundTripsCountsVariancesAndMissingEntries() {
    EmpiricalGame game = new EmpiricalGame(2);
    game.addStrategy(0, "a");
    game.addStrategy(1, "x");
    game.addStrategy(1, "y");
    game.record(new int[] {0, 0}, new double[] {1, 2});
    game.record(new int[] {0, 0}, new double[] {3, 2});
    game.setExact(new int[] {0, 1}, new double[] {0.5, -0.5});
    game.addStrategy(0, "b");
    String json = EmpiricalGameJson.toJson(game);
    assertThat(json).contains("\"version\" : 2").contains("\"kinds\"");
    EmpiricalGame back = EmpiricalGameJson.parse(json);
    assertThat(back.mean(0, new int[] {0, 0})).isEqualTo(2);
    assertThat(back.variance(0, new int[] {0, 0})).isEqualTo(2);
    assertThat(back.count(new int[] {0, 0})).isEqualTo(2);
    assertThat(back.isExact(new int[] {0, 1})).isTrue();
    assertThat(back.missingEntries()).containsExactly(new int[] {1, 0}, new int[] {1, 1});
    assertThat(back.names(0)).containsExactly("a", "b");
    assertThat(EmpiricalGameJson.toJson(back)).isEqualTo(json);
  }

  @Test
  void errorsNameThePlace() {
    assertThatThrownBy(
            () ->
                EmpiricalGameJson.parse("{\"players\":2,\"payoffs\":[[[1,2],[3]],[[1,2],[3,4]]]}"))
        .hasMessage("payoffs[0][1] has 1 entries, expected 2 (player 1 has 2 strategies)");
    assertThatThrownBy(
            () ->
                EmpiricalGameJson.parse(
                    "{\"players\":2,\"payoffs\":[[[1,2],[3,4]],[[1,2],[3,NaN]]]}"))
        .hasMessage("payoffs[1][1][1] is NaN; payoffs must be finite");
    assertThatThrownBy(
            () ->
                EmpiricalGameJson.parse(
                    "{\"players\":2,\"payoffs\":[[[1,2],[3,4]],[[1,2,5],[3,4,6]]]}"))
        .hasMessageContaining("payoffs[1][0] has 3 entries, expected 2");
    assertThatThrownBy(
            () ->
                EmpiricalGameJson.parse(
                    "{\"players\":2,\"payoffs\":[[[1,2],[3,4]],[[1,2],[3,\"x\"]]]}"))
        .hasMessageContaining("payoffs[1][1][1] must be a number");
    assertThatThrownBy(() -> EmpiricalGameJson.parse("{\"players\":3,\"payoffs\":[[[1]]]}"))
        .hasMessageContaining("\"payoffs\" must be an array of 3 payoff tables");
    assertThatThrownBy(() -> EmpiricalGameJson.parse("{\"players\":2,\"payoffs\":[[1,2],[1,2]]}"))
        .hasMessageContaining("payoffs[0][0] must be an array over player 1");
    assertThatThrownBy(
            () ->
                EmpiricalGameJson.parse("{\"players\":1,\"payoffs\":[[1,2]],\"names\":[[\"a\"]]}"))
        .hasMessageContaining("names[0] must list 2 strategy names");
    assertThatThrownBy(() -> EmpiricalGameJson.parse("{\"players\":1,\"payoffs\":[[1e999]]}"))
        .hasMessageContaining("payoffs[0][0] is Infinity");
  }
}
