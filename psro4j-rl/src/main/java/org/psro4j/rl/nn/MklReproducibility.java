package org.psro4j.rl.nn;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Turns on oneMKL's strict conditional numerical reproducibility ({@code MKL_CBWR=AUTO,STRICT},
 * Intel oneMKL Developer Reference, "Obtaining Numerically Reproducible Results") in the MKL that
 * libtorch's CPU build links statically. Without it MKL's {@code sgemm} may round differently
 * depending on the memory alignment of its operands, and DJL hands libtorch Java direct buffers
 * whose alignment depends on the process's allocation history: the same seed then trained
 * last-bit-different networks in two processes, or in one JVM after other work (which exact best
 * responses near ties amplified into different runs). {@code AUTO} keeps the code path MKL picks
 * for this CPU; {@code STRICT} makes its results independent of alignment. An {@code MKL_CBWR} the
 * user exported is left alone; builds without MKL (no such symbol) are left as they are.
 */
final class MklReproducibility {

  /** {@code MKL_CBWR_AUTO | MKL_CBWR_STRICT} (mkl_service.h). */
  static final int AUTO_STRICT = 2 | 0x10000;

  /** {@code MKL_CBWR_ALL} (mkl_service.h): {@code mkl_cbwr_get}'s argument for the whole mode. */
  private static final int ALL = ~0;

  private MklReproducibility() {}

  /**
   * Sets strict CNR mode unless the environment chose a mode; the mode in force afterwards, or -1
   * when this libtorch has no MKL.
   */
  static int apply() {
    Optional<SymbolLookup> mkl = lookup();
    if (mkl.isEmpty()) {
      return -1;
    }
    try {
      Linker linker = Linker.nativeLinker();
      FunctionDescriptor intInt = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT);
      MethodHandle get =
          linker.downcallHandle(mkl.get().find("mkl_serv_cbwr_get").orElseThrow(), intInt);
      String env = System.getenv("MKL_CBWR");
      if (env == null || env.isBlank()) {
        MethodHandle set =
            linker.downcallHandle(mkl.get().find("mkl_serv_cbwr_set").orElseThrow(), intInt);
        int status = (int) set.invokeExact(AUTO_STRICT);
        if (status != 0) {
          throw new IllegalStateException(
              "oneMKL refused strict reproducible mode (mkl_cbwr_set returned " + status + ")");
        }
      }
      return (int) get.invokeExact(ALL);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("calling oneMKL failed: " + t, t);
    }
  }

  /** libtorch's CPU library (already loaded by DJL, so found by its name) when it holds MKL. */
  private static Optional<SymbolLookup> lookup() {
    try {
      SymbolLookup lib = SymbolLookup.libraryLookup("libtorch_cpu.so", Arena.global());
      return lib.find("mkl_serv_cbwr_set").isPresent() && lib.find("mkl_serv_cbwr_get").isPresent()
          ? Optional.of(lib)
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
