package org.psro4j.mujoco.ffi;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A compiled MuJoCo model ({@code mjModel}), loaded from an MJCF file with {@code mj_loadXML}. The
 * native model is owned by a shared arena: {@link #close()} closes it, which calls {@code
 * mj_deleteModel}; a model is read-only after loading, so any number of threads may step their own
 * {@link MjData} with it.
 */
public final class MjModel implements AutoCloseable {

  /** {@code mjOBJ_BODY} of {@code mjtObj}. */
  private static final int OBJ_BODY = 1;

  /** {@code mjOBJ_ACTUATOR} of {@code mjtObj}. */
  private static final int OBJ_ACTUATOR = 18;

  private static final int ERROR_BUFFER = 1000;

  private final Arena arena;
  private final MemorySegment model;
  private final Path file;

  private MjModel(Arena arena, MemorySegment model, Path file) {
    this.arena = arena;
    this.model = model;
    this.file = file;
  }

  /**
   * Loads and compiles {@code file}; a missing file or one MuJoCo refuses is an {@link
   * IllegalArgumentException} whose one-line message names the file and MuJoCo's complaint.
   */
  public static MjModel load(Path file) {
    MuJoCo.requireAvailable();
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("MJCF model " + file + ": no such file");
    }
    MemorySegment raw;
    try (Arena call = Arena.ofConfined()) {
      MemorySegment error = call.allocate(ERROR_BUFFER);
      MemorySegment name = call.allocateFrom(file.toAbsolutePath().toString());
      raw =
          (MemorySegment)
              MuJoCo.MJ_LOAD_XML.invokeExact(name, MemorySegment.NULL, error, ERROR_BUFFER);
      if (raw.equals(MemorySegment.NULL)) {
        String message = error.getString(0).strip().replaceAll("\\s+", " ");
        throw new IllegalArgumentException(
            "MJCF model " + file + ": " + (message.isEmpty() ? "MuJoCo refused it" : message));
      }
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (Throwable t) {
      throw MuJoCo.rethrow(t);
    }
    Arena arena = Arena.ofShared();
    MemorySegment model = raw.reinterpret(MjLayout.MODEL_SIZE, arena, MjModel::delete);
    return new MjModel(arena, model, file);
  }

  private static void delete(MemorySegment model) {
    try {
      MuJoCo.MJ_DELETE_MODEL.invokeExact(model);
    } catch (Throwable t) {
      throw MuJoCo.rethrow(t);
    }
  }

  /** The file it was loaded from. */
  public Path file() {
    return file;
  }

  /** Number of generalized coordinates, {@code dim(qpos)}. */
  public int nq() {
    return model.get(JAVA_INT, MjLayout.MODEL_NQ);
  }

  /** Degrees of freedom, {@code dim(qvel)}. */
  public int nv() {
    return model.get(JAVA_INT, MjLayout.MODEL_NV);
  }

  /** Number of actuators, {@code dim(ctrl)}. */
  public int nu() {
    return model.get(JAVA_INT, MjLayout.MODEL_NU);
  }

  /** Number of activation states, {@code dim(act)}. */
  public int na() {
    return model.get(JAVA_INT, MjLayout.MODEL_NA);
  }

  /** Number of bodies, the world body included. */
  public int nbody() {
    return model.get(JAVA_INT, MjLayout.MODEL_NBODY);
  }

  /** Length of {@code sensordata}. */
  public int nsensordata() {
    return model.get(JAVA_INT, MjLayout.MODEL_NSENSORDATA);
  }

  /** The integration time step in seconds. */
  public double timestep() {
    return model.get(JAVA_DOUBLE, MjLayout.MODEL_OPT_TIMESTEP);
  }

  /** Each body's parent ({@code body_parentid}); the world body is its own parent. */
  public int[] bodyParents() {
    return pointer(MjLayout.MODEL_BODY_PARENTID, 4L * nbody()).toArray(JAVA_INT);
  }

  /**
   * Actuator {@code i}'s control range {@code [low, high]}; unlimited actuators get {@code [-1,
   * 1]}.
   */
  public double[] ctrlRange(int i) {
    if (i < 0 || i >= nu()) {
      throw new IndexOutOfBoundsException("actuator " + i + " of " + nu());
    }
    byte limited = pointer(MjLayout.MODEL_ACTUATOR_CTRLLIMITED, nu()).get(JAVA_BYTE, i);
    if (limited == 0) {
      return new double[] {-1, 1};
    }
    MemorySegment range = pointer(MjLayout.MODEL_ACTUATOR_CTRLRANGE, 16L * nu());
    return new double[] {
      range.getAtIndex(JAVA_DOUBLE, 2L * i), range.getAtIndex(JAVA_DOUBLE, 2L * i + 1)
    };
  }

  /** The id of the body called {@code name}, or -1. */
  public int bodyId(String name) {
    return nameToId(OBJ_BODY, name);
  }

  /** The id of the actuator called {@code name}, or -1. */
  public int actuatorId(String name) {
    return nameToId(OBJ_ACTUATOR, name);
  }

  private int nameToId(int type, String name) {
    try (Arena call = Arena.ofConfined()) {
      return (int) MuJoCo.MJ_NAME2ID.invokeExact(model, type, call.allocateFrom(name));
    } catch (Throwable t) {
      throw MuJoCo.rethrow(t);
    }
  }

  private MemorySegment pointer(long offset, long bytes) {
    return model.get(ADDRESS, offset).reinterpret(bytes);
  }

  /** The native {@code mjModel*}. */
  MemorySegment segment() {
    return model;
  }

  /** Frees the native model; data made from it must be closed first. */
  @Override
  public void close() {
    arena.close();
  }

  @Override
  public String toString() {
    return "MjModel(" + file + ", nq=" + nq() + ", nv=" + nv() + ", nu=" + nu() + ")";
  }
}
