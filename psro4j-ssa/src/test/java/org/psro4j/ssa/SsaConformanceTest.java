package org.psro4j.ssa;

import java.util.List;
import org.psro4j.game.GameConformanceTest;

/**
 * Core's conformance suite on small {@code ssa_coverage} games, every flavour, action mode and
 * dazzle setting (the suite replays every node's copy to the end, so sizes stay small here; {@link
 * SsaDefaultSizeConformanceTest} covers the default size).
 */
class SsaConformanceTest extends GameConformanceTest {

  private static final String SMALL =
      "sats=2,planes=1,objects=6,hours=2,step_minutes=20,episodes=5,stale_hours=1,"
          + "manoeuvres_per_day=24";

  @Override
  protected List<String> games() {
    return List.of(
        "ssa_coverage(" + SMALL + ")",
        "ssa_coverage(" + SMALL + ",flavour=general_sum)",
        "ssa_coverage(" + SMALL + ",dazzle=true,range_km=40000.0)",
        "ssa_coverage(" + SMALL + ",flavour=general_sum,dazzle=true,range_km=40000.0)",
        "ssa_coverage(" + SMALL + ",actions=continuous,pointings=8,fov_deg=90.0)",
        "ssa_coverage("
            + SMALL
            + ",actions=continuous,pointings=8,fov_deg=90.0,dazzle=true,flavour=general_sum)",
        "ssa_coverage(sats=4,planes=2,objects=70,hours=3,step_minutes=30,candidates=3,"
            + "contested=0.0,seed=3,dazzle=true)",
        "ssa_coverage(sats=3,planes=3,objects=5,hours=2,step_minutes=15,contested=1.0,"
            + "candidates=1,tolerance_minutes=0,episodes=1,seed=-7)");
  }

  @Override
  protected int playouts() {
    return 40;
  }
}
