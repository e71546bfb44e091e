package org.psro4j.mujoco.ffi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.mujoco.MujocoLibrary;

/**
 * Checks the struct offsets of {@link MjLayout} against what MuJoCo itself computes: the sizes of
 * the bundled cheetah (counted from its MJCF), a free fall after N steps against the closed form of
 * MuJoCo's semi-implicit Euler integrator, and a position sensor against {@code xpos}.
 */
class MjLayoutTest {

  private static final String FALL =
      """
      <mujoco>
        <option timestep="0.002" gravity="0 0 -9.81"/>
        <worldbody>
          <body name="ball" pos="0.5 -0.25 10">
            <freejoint/>
            <geom type="sphere" size="0.1" mass="1" contype="0" conaffinity="0"/>
          </body>
        </worldbody>
        <sensor><framepos objtype="body" objname="ball"/></sensor>
      </mujoco>
      """;

  @TempDir Path dir;

  @BeforeEach
  void library() {
    MujocoLibrary.require();
  }

  static Path bundled(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in =
        MjLayoutTest.class.getResourceAsStream("/org/psro4j/mujoco/models/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void versionIs222() {
    assertThat(MuJoCo.version()).isEqualTo(222);
  }

  @Test
  void cheetahSizesMatchItsMjcf() throws IOException {
    try (MjModel m = MjModel.load(bundled(dir, "cheetah.xml"))) {
      // rootx, rootz, rooty + six leg hinges; one motor per leg hinge.
      assertThat(m.nq()).isEqualTo(9);
      assertThat(m.nv()).isEqualTo(9);
      assertThat(m.nu()).isEqualTo(6);
      assertThat(m.na()).isZero();
      assertThat(m.nbody()).isEqualTo(8); // world, torso, three per leg
      assertThat(m.nsensordata()).isEqualTo(3); // one subtreelinvel
      assertThat(m.timestep()).isEqualTo(0.01);
      assertThat(m.bodyParents()).containsExactly(0, 0, 1, 2, 3, 1, 5, 6);
      assertThat(m.ctrlRange(5)).containsExactly(-1.0, 1.0);
      assertThat(m.bodyId("ffoot")).isEqualTo(7);
      assertThat(m.actuatorId("fthigh")).isEqualTo(3);
      assertThat(m.bodyId("tail")).isEqualTo(-1);
      try (MjData d = new MjData(m)) {
        d.writeCtrl(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6});
        assertThat(d.ctrl()).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6);
        assertThat(d.qpos()).hasSize(9).containsOnly(0.0);
      }
    }
  }

  @Test
  void freeFallFollowsSemiImplicitEuler() throws IOException {
    Path file = dir.resolve("fall.xml");
    Files.writeString(file, FALL);
    try (MjModel m = MjModel.load(file);
        MjData d = new MjData(m)) {
      assertThat(m.nq()).isEqualTo(7); // position + quaternion
      assertThat(m.nv()).isEqualTo(6);
      assertThat(m.nu()).isZero();
      int n = 500;
      double dt = 0.002;
      double g = 9.81;
      for (int i = 0; i < n; i++) {
        d.step();
      }
      // v_k = -g k dt, z_n = z_0 + sum_k v_k dt = z_0 - g dt^2 n(n+1)/2.
      assertThat(d.time()).isCloseTo(n * dt, within(1e-12));
      assertThat(d.qpos()[2]).isCloseTo(10 - g * dt * dt * n * (n + 1) / 2, within(1e-9));
      assertThat(d.qvel()[2]).isCloseTo(-g * dt * n, within(1e-9));
      assertThat(d.qpos()[0]).isCloseTo(0.5, within(1e-12));
      // Within g dt t / 2 of the continuous fall z_0 - g t^2 / 2.
      assertThat(d.qpos()[2]).isCloseTo(10 - g * 1.0 * 1.0 / 2, within(g * dt * 1.0 / 2 + 1e-9));
      d.forward();
      assertThat(d.sensordata()).containsExactly(d.xpos(1));
      assertThat(d.xpos(1)[2]).isCloseTo(d.qpos()[2], within(1e-12));
      d.reset();
      assertThat(d.qpos()[2]).isEqualTo(10.0);
      assertThat(d.time()).isZero();
    }
  }

  @Test
  void closedDataRefusesAccess() throws IOException {
    Path file = dir.resolve("fall.xml");
    Files.writeString(file, FALL);
    try (MjModel m = MjModel.load(file)) {
      MjData d = new MjData(m);
      d.close();
      assertThatThrownBy(d::qpos).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void missingFileIsOneLineNamingIt() {
    Path missing = dir.resolve("nope.xml");
    assertThatThrownBy(() -> MjModel.load(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MJCF model " + missing + ": no such file");
  }

  @Test
  void malformedFileIsOneLineNamingFileAndProblem() throws IOException {
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, "<mujoco><worldbody><body><geom type=\"sphere\"/></worldbody></mujoco>");
    assertThatThrownBy(() -> MjModel.load(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("MJCF model " + bad + ": ")
        .hasMessageContaining("XML")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
