package org.psro4j.mujoco.games;

import java.util.List;
import org.psro4j.game.GameProvider;
import org.psro4j.game.GameSpec;

/** Registers {@code mujoco_cheetah} and {@code mujoco_sumo} with core's game registry. */
public final class MujocoProvider implements GameProvider {

  @Override
  public List<GameSpec> games() {
    return List.of(MujocoCheetah.SPEC, MujocoSumo.SPEC);
  }
}
