package org.psro4j.mujoco.ffi;

/**
 * Byte offsets of the {@code mjModel} and {@code mjData} fields the bindings read, for MuJoCo 2.2.2
 * on x86-64 Linux (LP64, {@code mjtNum} = double).
 *
 * <p>Derived by compiling, against Debian's {@code libmujoco-dev} 2.2.2-3 headers ({@code
 * /usr/include/mujoco/mjmodel.h}, {@code mjdata.h}), a C file that prints {@code offsetof(mjModel,
 * nq)} and so on for every field below ({@code gcc off.c -lmujoco}; the program printed {@code
 * sizeof(mjModel) = 3280}, {@code sizeof(mjData) = 41176}). They agree with a count by hand: {@code
 * mjModel} opens with 38 ints ({@code nq} at 0, {@code nv} 4, {@code nu} 8, {@code na} 12, {@code
 * nbody} 16 ...), and {@code mjData}'s pointer block starts after its 41 KB of fixed arrays
 * (warning, timer, solver statistics). {@code MjLayoutTest} checks them against values the library
 * computes (sizes of known models, a free fall after N steps).
 */
final class MjLayout {

  private MjLayout() {}

  /** The {@code mj_version()} these offsets belong to. */
  static final int VERSION = 222;

  /** {@code sizeof(mjModel)}. */
  static final long MODEL_SIZE = 3280;

  /** {@code sizeof(mjData)}. */
  static final long DATA_SIZE = 41176;

  // mjModel: sizes (int).
  static final long MODEL_NQ = 0;
  static final long MODEL_NV = 4;
  static final long MODEL_NU = 8;
  static final long MODEL_NA = 12;
  static final long MODEL_NBODY = 16;
  static final long MODEL_NSENSORDATA = 224;

  /** {@code mjModel.opt}, an {@code mjOption} whose first field is {@code timestep} (mjtNum). */
  static final long MODEL_OPT_TIMESTEP = 232;

  // mjModel: pointers.
  static final long MODEL_BODY_PARENTID = 1112;
  static final long MODEL_ACTUATOR_CTRLLIMITED = 2744;
  static final long MODEL_ACTUATOR_CTRLRANGE = 2792;

  // mjData: the simulation time (mjtNum) and pointers into its arena.
  static final long DATA_TIME = 40336;
  static final long DATA_QPOS = 40376;
  static final long DATA_QVEL = 40384;
  static final long DATA_ACT = 40392;
  static final long DATA_QACC_WARMSTART = 40400;
  static final long DATA_CTRL = 40408;
  static final long DATA_SENSORDATA = 40472;
  static final long DATA_XPOS = 40480;
}
