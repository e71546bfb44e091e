package org.psro4j.ssa;

import java.util.List;
import org.psro4j.game.GameProvider;
import org.psro4j.game.GameSpec;

/** Registers {@code ssa_coverage} with core's game registry through the service loader. */
public final class SsaProvider implements GameProvider {

  @Override
  public List<GameSpec> games() {
    return List.of(SsaCoverage.SPEC);
  }
}
