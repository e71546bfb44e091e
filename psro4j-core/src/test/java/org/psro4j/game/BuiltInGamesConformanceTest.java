package org.psro4j.game;

import java.util.ArrayList;
import java.util.List;

/** Runs the conformance suite on every game core registers, with defaults and with variants. */
class BuiltInGamesConformanceTest extends GameConformanceTest {

  @Override
  protected List<String> games() {
    List<String> games = new ArrayList<>();
    for (GameSpec spec : Games.registered()) {
      // Long episodes with history strings: CtfConformanceTest runs it with fewer playouts.
      if (!spec.name().equals("capture_the_flag")) {
        games.add(spec.name());
      }
    }
    games.addAll(
        List.of(
            "kuhn_poker(players=3)",
            "kuhn_poker(players=4)",
            "leduc_poker(players=3)",
            "leduc_poker(players=4)",
            "goofspiel(num_cards=4)",
            "goofspiel(num_cards=1)",
            "goofspiel(num_cards=5,players=3,points_order=descending,returns_type=point_difference)",
            "goofspiel(num_cards=4,points_order=ascending,returns_type=total_points)",
            "random_matrix(players=3,actions=3,zero_sum=true,seed=1)",
            "random_matrix(players=3,actions=2,zero_sum=false,seed=2)",
            "random_matrix(players=2,actions=1,seed=3)",
            "turn_based_simultaneous_game(game=random_matrix(players=3,actions=2,seed=4))",
            "turn_based_simultaneous_game(game=goofspiel(num_cards=5,players=3))",
            "turn_based_simultaneous_game(game=kuhn_poker)",
            "continuous_blotto(fields=5,budget_a=2.0,budget_b=1.0)",
            "continuous_blotto(fields=1)",
            "memory_cue(cues=3,delay=2)",
            "memory_cue(delay=0)",
            "barrage_stratego(max_moves=200,shaping=0.1)",
            "barrage_stratego(max_moves=200,potential=0.5)"));
    return games;
  }
}
