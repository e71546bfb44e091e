package org.psro4j.game;

import java.util.List;

/** The conformance suite on team views of small capture-the-flag variants. */
class TeamViewConformanceTest extends GameConformanceTest {

  @Override
  protected List<String> games() {
    return List.of(
        "team_view(game=capture_the_flag(size=7,horizon=30,respawn=3))",
        "team_view(game=capture_the_flag(players=2,size=7,horizon=20,view=2))",
        "team_view(game=capture_the_flag(size=9,horizon=30,view=3,shaping=0.1))");
  }

  @Override
  protected int playouts() {
    return 40;
  }
}
