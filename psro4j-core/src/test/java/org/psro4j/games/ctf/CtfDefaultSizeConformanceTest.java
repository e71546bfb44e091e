package org.psro4j.games.ctf;

import java.util.List;
import org.psro4j.game.GameConformanceTest;

/**
 * The conformance suite on the default capture-the-flag game: few playouts, since every node of a
 * playout also plays a copy to the end and keeps 200-step history strings.
 */
class CtfDefaultSizeConformanceTest extends GameConformanceTest {

  @Override
  protected List<String> games() {
    return List.of("capture_the_flag", "capture_the_flag(size=13,horizon=200,shaping=0.05)");
  }

  @Override
  protected int playouts() {
    return 2;
  }
}
