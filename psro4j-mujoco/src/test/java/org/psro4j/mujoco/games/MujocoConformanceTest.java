package org.psro4j.mujoco.games;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.psro4j.game.GameConformanceTest;
import org.psro4j.mujoco.MujocoLibrary;

/**
 * Core's conformance suite on both MuJoCo games, every mode, with short horizons (the suite replays
 * every node's copy to the end).
 */
class MujocoConformanceTest extends GameConformanceTest {

  @BeforeAll
  void library() {
    MujocoLibrary.require();
  }

  @Override
  protected List<String> games() {
    return List.of(
        "mujoco_cheetah(horizon=8)",
        "mujoco_cheetah(mode=race,horizon=8)",
        "mujoco_cheetah(horizon=3,frame_skip=1,ctrl_cost=0.0)",
        "mujoco_sumo(horizon=8)",
        "mujoco_sumo(ring=0.7,horizon=12)");
  }

  @Override
  protected int playouts() {
    return 25;
  }
}
