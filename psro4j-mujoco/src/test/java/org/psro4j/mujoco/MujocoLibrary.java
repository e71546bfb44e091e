package org.psro4j.mujoco;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.psro4j.mujoco.ffi.MuJoCo;

/**
 * The guard tests needing {@code libmujoco} call first: without the library they are skipped with
 * the reason, except when the environment variable {@code CI} is set, where they fail, so that CI
 * never passes by skipping them.
 */
public final class MujocoLibrary {

  private MujocoLibrary() {}

  /** Skips (or, under CI, fails) the calling test when MuJoCo 2.2.2 is missing. */
  public static void require() {
    if (MuJoCo.isAvailable()) {
      return;
    }
    String reason = MuJoCo.unavailableReason().orElseThrow();
    if (System.getenv("CI") != null) {
      Assertions.fail("CI is set but " + reason);
    }
    Assumptions.abort("skipped: " + reason);
  }
}
