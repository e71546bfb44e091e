package org.psro4j.mujoco.ffi;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The simulation state and workspace of one {@link MjModel} ({@code mjData}, from {@code
 * mj_makeData}). Owned by its own shared arena: {@link #close()} calls {@code mj_deleteData}. One
 * thread at a time may use it; the arrays ({@code qpos}, {@code qvel}, {@code ctrl}, ...) are read
 * and written through views fixed when it is made, since MuJoCo never moves them.
 */
public final class MjData implements AutoCloseable {

  private final MjModel model;
  private final Arena arena;
  private final MemorySegment data;
  private final MemorySegment qpos;
  private final MemorySegment qvel;
  private final MemorySegment qaccWarmstart;
  private final MemorySegment ctrl;
  private final MemorySegment sensordata;
  private final MemorySegment xpos;

  /** Makes data for {@code model}, in the reset state. */
  public MjData(MjModel model) {
    this.model = model;
    MemorySegment raw;
    try {
      raw = (MemorySegment) MuJoCo.MJ_MAKE_DATA.invokeExact(model.segment());
    } catch (Throwable t) {
      throw MuJoCo.rethrow(t);
    }
    if (raw.equals(MemorySegment.NULL)) {
      throw new IllegalStateException("mj_makeData failed for " + model);
    }
    arena = Arena.ofShared();
    data = raw.reinterpret(MjLayout.DATA_SIZE, arena, MjData::delete);
    qpos = array(MjLayout.DATA_QPOS, model.nq());
    qvel = array(MjLayout.DATA_QVEL, model.nv());
    qaccWarmstart = array(MjLayout.DATA_QACC_WARMSTART, model.nv());
    ctrl = array(MjLayout.DATA_CTRL, model.nu());
    sensordata = array(MjLayout.DATA_SENSORDATA, model.nsensordata());
    xpos = array(MjLayout.DATA_XPOS, 3L * model.nbody());
  }

  private MemorySegment array(long offset, long doubles) {
    return data.get(ADDRESS, offset).reinterpret(8 * doubles, arena, null);
  }

  private static void delete(MemorySegment data) {
    try {
      MuJoCo.MJ_DELETE_DATA.invokeExact(data);
    } catch (Throwable t) {
      throw MuJoCo.rethrow(t);
    }
  }

  /** The model this data belongs to. */
  public MjModel model() {
    return model;
  }

  /** {@code mj_resetData}: the model's default pose at rest, time 0. */
  public void reset() {
    try {
      MuJoCo.MJ_RESET_DATA.invokeExact(model.segment(), data);
    } catch (Throwable t) {
      throw MuJoCo.rethrow(t);
    }
  }

  /** {@code mj_resetDataKeyframe}: the state of the model's keyframe {@code key}. */
  public void resetToKeyframe(int key) {
    try {
      MuJoCo.MJ_RESET_DATA_KEYFRAME.invokeExact(model.segment(), data, key);
    } catch (Throwable t) {
      throw MuJoCo.rethrow(t);
    }
  }

  /** {@code mj_step}: one time step of the model's integrator. */
  public void step() {
    try {
      MuJoCo.MJ_STEP.invokeExact(model.segment(), data);
    } catch (Throwable t) {
      throw MuJoCo.rethrow(t);
    }
  }

  /** {@code mj_forward}: positions, velocities, sensors and forces of the current state. */
  public void forward() {
    try {
      MuJoCo.MJ_FORWARD.invokeExact(model.segment(), data);
    } catch (Throwable t) {
      throw MuJoCo.rethrow(t);
    }
  }

  /** Simulation time in seconds. */
  public double time() {
    return data.get(JAVA_DOUBLE, MjLayout.DATA_TIME);
  }

  /** Sets the simulation time. */
  public void setTime(double time) {
    data.set(JAVA_DOUBLE, MjLayout.DATA_TIME, time);
  }

  /** A copy of {@code qpos}. */
  public double[] qpos() {
    return qpos.toArray(JAVA_DOUBLE);
  }

  /** Copies {@code qpos} into {@code out}. */
  public void readQpos(double[] out) {
    MemorySegment.copy(qpos, JAVA_DOUBLE, 0, out, 0, out.length);
  }

  /** Writes {@code qpos}. */
  public void writeQpos(double[] values) {
    MemorySegment.copy(values, 0, qpos, JAVA_DOUBLE, 0, values.length);
  }

  /** A copy of {@code qvel}. */
  public double[] qvel() {
    return qvel.toArray(JAVA_DOUBLE);
  }

  /** Copies {@code qvel} into {@code out}. */
  public void readQvel(double[] out) {
    MemorySegment.copy(qvel, JAVA_DOUBLE, 0, out, 0, out.length);
  }

  /** Writes {@code qvel}. */
  public void writeQvel(double[] values) {
    MemorySegment.copy(values, 0, qvel, JAVA_DOUBLE, 0, values.length);
  }

  /** Copies the constraint solver's warm start ({@code qacc_warmstart}) into {@code out}. */
  public void readWarmstart(double[] out) {
    MemorySegment.copy(qaccWarmstart, JAVA_DOUBLE, 0, out, 0, out.length);
  }

  /** Writes {@code qacc_warmstart}, so a restored state steps exactly as the saved one would. */
  public void writeWarmstart(double[] values) {
    MemorySegment.copy(values, 0, qaccWarmstart, JAVA_DOUBLE, 0, values.length);
  }

  /** A copy of {@code ctrl}. */
  public double[] ctrl() {
    return ctrl.toArray(JAVA_DOUBLE);
  }

  /** Writes {@code ctrl}. */
  public void writeCtrl(double[] values) {
    MemorySegment.copy(values, 0, ctrl, JAVA_DOUBLE, 0, values.length);
  }

  /** A copy of {@code sensordata} (as of the last {@link #forward()} or {@link #step()}). */
  public double[] sensordata() {
    return sensordata.toArray(JAVA_DOUBLE);
  }

  /** Body {@code body}'s frame origin in world coordinates (as of the last forward or step). */
  public double[] xpos(int body) {
    double[] out = new double[3];
    MemorySegment.copy(xpos, JAVA_DOUBLE, 24L * body, out, 0, 3);
    return out;
  }

  /** Every body's origin, {@code [x0, y0, z0, x1, ...]}. */
  public double[] xpos() {
    return xpos.toArray(JAVA_DOUBLE);
  }

  /** Frees the native data. */
  @Override
  public void close() {
    arena.close();
  }
}
