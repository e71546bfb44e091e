package org.psro4j.ssa;

import java.util.List;
import org.psro4j.game.GameConformanceTest;

/** Core's conformance suite on {@code ssa_coverage} at its default size (one playout each). */
class SsaDefaultSizeConformanceTest extends GameConformanceTest {

  @Override
  protected List<String> games() {
    return List.of(
        "ssa_coverage", "ssa_coverage(actions=continuous,dazzle=true,flavour=general_sum)");
  }

  @Override
  protected int playouts() {
    return 1;
  }
}
