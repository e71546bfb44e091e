package org.psro4j.mujoco.games;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.psro4j.mujoco.ffi.MjData;
import org.psro4j.mujoco.ffi.MjModel;
import org.psro4j.mujoco.ffi.MuJoCo;

/**
 * One loaded MJCF model shared by every game and state that uses it, with a pool of {@link MjData}
 * workspaces: a game state keeps its physics in plain arrays ({@link PhysicsState}) and borrows a
 * workspace only for the length of a step, so states copy cheaply and never hold native memory.
 * Models are loaded once per file and kept for the life of the process (a handful of small models);
 * the bindings themselves close deterministically.
 */
final class Physics {

  private static final Map<String, Physics> LOADED = new ConcurrentHashMap<>();

  private final MjModel model;
  private final ConcurrentLinkedDeque<MjData> pool = new ConcurrentLinkedDeque<>();

  private Physics(MjModel model) {
    this.model = model;
  }

  /**
   * The model in file {@code path}, or the built-in model {@code builtIn} (a resource name under
   * {@code models/}) when {@code path} is empty; loading failures are {@link
   * IllegalArgumentException}s naming the file.
   */
  static Physics of(String path, String builtIn) {
    if (!MuJoCo.isAvailable()) {
      throw new IllegalStateException(MuJoCo.unavailableReason().orElseThrow());
    }
    String key = path.isEmpty() ? "builtin:" + builtIn : Path.of(path).toAbsolutePath().toString();
    Physics known = LOADED.get(key);
    if (known != null) {
      return known;
    }
    Path file = path.isEmpty() ? extract(builtIn) : Path.of(path);
    return LOADED.computeIfAbsent(key, k -> new Physics(MjModel.load(file)));
  }

  /** Copies a bundled model to a temporary file, since {@code mj_loadXML} reads files only. */
  private static Path extract(String name) {
    try (InputStream in = Physics.class.getResourceAsStream("/org/psro4j/mujoco/models/" + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled model " + name + " is missing from the jar");
      }
      Path file = Files.createTempFile("psro4j-" + name.replace(".xml", "") + "-", ".xml");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  MjModel model() {
    return model;
  }

  /** The state after {@code mj_resetData}, or after keyframe {@code key} when it is at least 0. */
  PhysicsState initial(int key) {
    MjData data = borrow();
    try {
      if (key >= 0) {
        data.resetToKeyframe(key);
      } else {
        data.reset();
      }
      PhysicsState s = new PhysicsState(model.nq(), model.nv());
      read(data, s);
      return s;
    } finally {
      pool.push(data);
    }
  }

  /**
   * Advances {@code state} in place by {@code frames} integrator steps under control {@code ctrl}.
   */
  void step(PhysicsState state, double[] ctrl, int frames) {
    MjData data = borrow();
    try {
      write(data, state);
      data.writeCtrl(ctrl);
      for (int f = 0; f < frames; f++) {
        data.step();
      }
      read(data, state);
    } finally {
      pool.push(data);
    }
  }

  /** Every body's world position in {@code state}, {@code [x0, y0, z0, x1, ...]}. */
  double[] bodyPositions(PhysicsState state) {
    MjData data = borrow();
    try {
      write(data, state);
      data.writeCtrl(new double[model.nu()]);
      data.forward();
      return data.xpos();
    } finally {
      pool.push(data);
    }
  }

  private MjData borrow() {
    MjData data = pool.poll();
    return data != null ? data : new MjData(model);
  }

  private static void write(MjData data, PhysicsState s) {
    data.writeQpos(s.qpos);
    data.writeQvel(s.qvel);
    data.writeWarmstart(s.warmstart);
    data.setTime(s.time);
  }

  private static void read(MjData data, PhysicsState s) {
    data.readQpos(s.qpos);
    data.readQvel(s.qvel);
    data.readWarmstart(s.warmstart);
    s.time = data.time();
  }
}
