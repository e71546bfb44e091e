package org.psro4j.games.ctf;

import java.util.List;
import org.psro4j.game.GameConformanceTest;

/** The conformance suite on small capture-the-flag variants (many playouts). */
class CtfConformanceTest extends GameConformanceTest {

  @Override
  protected List<String> games() {
    return List.of(
        "capture_the_flag(size=7,horizon=40,respawn=3)",
        "capture_the_flag(players=2,size=7,horizon=30,view=2,beam=1,respawn=1)",
        "capture_the_flag(size=9,horizon=40,view=3,respawn=2,shaping=0.1)");
  }

  @Override
  protected int playouts() {
    return 80;
  }
}
