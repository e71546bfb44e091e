package org.psro4j.mujoco.ffi;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The native MuJoCo library (Todorov, Erez and Tassa, "MuJoCo: A physics engine for model-based
 * control", IROS 2012), version 2.2.2 as packaged by Debian ({@code libmujoco.so.2.2.2}), and
 * downcall handles for the functions the bindings use. The library is looked up once; {@link
 * #unavailableReason()} tells why it could not be.
 */
public final class MuJoCo {

  /** File names tried in order with the system's library search path. */
  private static final String[] LIBRARY_NAMES = {"libmujoco.so.2.2.2", "libmujoco.so"};

  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup LOOKUP;
  private static final String PROBLEM;

  static {
    SymbolLookup lookup = null;
    String problem = null;
    for (String name : LIBRARY_NAMES) {
      try {
        lookup = SymbolLookup.libraryLookup(name, java.lang.foreign.Arena.global());
        break;
      } catch (IllegalArgumentException e) {
        problem =
            "MuJoCo 2.2.2 not found (tried libmujoco.so.2.2.2 and libmujoco.so); install it with"
                + " 'apt-get install libmujoco-dev'";
      }
    }
    LOOKUP = lookup;
    if (lookup != null) {
      int version = versionOf(lookup);
      if (version != MjLayout.VERSION) {
        problem = "MuJoCo version " + version + " found, the bindings are for 2.2.2";
      } else {
        problem = null;
      }
    }
    PROBLEM = problem;
  }

  static final MethodHandle MJ_LOAD_XML =
      slowHandle("mj_loadXML", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
  static final MethodHandle MJ_DELETE_MODEL =
      handle("mj_deleteModel", FunctionDescriptor.ofVoid(ADDRESS));
  static final MethodHandle MJ_MAKE_DATA =
      handle("mj_makeData", FunctionDescriptor.of(ADDRESS, ADDRESS));
  static final MethodHandle MJ_DELETE_DATA =
      handle("mj_deleteData", FunctionDescriptor.ofVoid(ADDRESS));
  static final MethodHandle MJ_RESET_DATA =
      handle("mj_resetData", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
  static final MethodHandle MJ_RESET_DATA_KEYFRAME =
      handle("mj_resetDataKeyframe", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_INT));
  static final MethodHandle MJ_STEP =
      handle("mj_step", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
  static final MethodHandle MJ_FORWARD =
      handle("mj_forward", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
  static final MethodHandle MJ_NAME2ID =
      handle("mj_name2id", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));

  private MuJoCo() {}

  /** Why the library cannot be used, or empty when it can. */
  public static Optional<String> unavailableReason() {
    return Optional.ofNullable(PROBLEM);
  }

  /** Whether MuJoCo 2.2.2 was found. */
  public static boolean isAvailable() {
    return PROBLEM == null;
  }

  /** Throws {@link IllegalStateException} with the reason when the library is unavailable. */
  static void requireAvailable() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  /** The library's {@code mj_version()}, e.g. 222. */
  public static int version() {
    requireAvailable();
    return versionOf(LOOKUP);
  }

  private static int versionOf(SymbolLookup lookup) {
    MethodHandle h =
        LINKER.downcallHandle(lookup.findOrThrow("mj_version"), FunctionDescriptor.of(JAVA_INT));
    try {
      return (int) h.invokeExact();
    } catch (Throwable t) {
      throw new IllegalStateException("mj_version failed", t);
    }
  }

  /**
   * A downcall handle for a short call that never calls back into Java (stepping, resetting), so
   * the linker may skip the thread-state transition; null when the library is missing (callers
   * check first).
   */
  private static MethodHandle handle(String name, FunctionDescriptor descriptor) {
    if (LOOKUP == null) {
      return null;
    }
    return LINKER.downcallHandle(
        LOOKUP.findOrThrow(name), descriptor, Linker.Option.critical(false));
  }

  /** A downcall handle for a long call (parsing a file). */
  private static MethodHandle slowHandle(String name, FunctionDescriptor descriptor) {
    return LOOKUP == null ? null : LINKER.downcallHandle(LOOKUP.findOrThrow(name), descriptor);
  }

  /** Rethrows what a downcall threw (they throw nothing but errors). */
  static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }
}
