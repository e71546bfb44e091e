package org.psro4j.rl.nn;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;

/**
 * Configures DJL's PyTorch engine once per JVM: natives from the Maven jars only ({@code
 * ai.djl.offline=true}, which also stops DJL's telemetry probe), a cache directory of ours ({@code
 * ~/.psro4j/djl} unless {@code DJL_CACHE_DIR} is set), and one intra-op and one inter-op libtorch
 * thread, because psro4j parallelises across rollout shards instead and libtorch's own OpenMP
 * threads spin against them (export {@code OMP_WAIT_POLICY=PASSIVE} too; the launcher does).
 * Properties the user set explicitly are kept.
 */
public final class DjlRuntime {

  private static volatile Engine engine;

  /**
   * libtorch sets OpenMP's thread count per calling thread, so threads other than the one that
   * loaded the engine would otherwise run as many OpenMP threads as there are cores.
   */
  private static final ThreadLocal<Boolean> THREAD_CONFIGURED =
      ThreadLocal.withInitial(() -> Boolean.FALSE);

  private DjlRuntime() {}

  /** The configured PyTorch engine, loading it on first use. */
  public static Engine engine() {
    Engine e = engine;
    if (e == null) {
      synchronized (DjlRuntime.class) {
        e = engine;
        if (e == null) {
          configureProperties();
          e = Engine.getEngine("PyTorch");
          engine = e;
        }
      }
    }
    return e;
  }

  /** The device networks live on: the first GPU when asked for and present, else the CPU. */
  public static Device device(String name) {
    Engine e = engine();
    return switch (name) {
      case "cpu" -> Device.cpu();
      case "gpu" -> e.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
      default ->
          throw new IllegalArgumentException("device must be cpu or gpu, got '" + name + "'");
    };
  }

  /**
   * Turns gradient recording off for the calling thread (libtorch's grad mode is per thread and on
   * by default); inference paths call this so that rollouts build no autograd graphs.
   */
  public static void inferenceMode() {
    configureThread();
    JniUtils.setGradMode(false);
  }

  /** Gives the calling thread libtorch's configured intra-op thread count (once per thread). */
  public static void configureThread() {
    engine();
    if (!THREAD_CONFIGURED.get()) {
      JniUtils.setNumThreads(Integer.parseInt(System.getProperty("ai.djl.pytorch.num_threads")));
      THREAD_CONFIGURED.set(Boolean.TRUE);
    }
  }

  private static void configureProperties() {
    setIfAbsent("ai.djl.offline", "true");
    setIfAbsent("ai.djl.default_engine", "PyTorch");
    String cache =
        firstNonBlank(
            System.getProperty("DJL_CACHE_DIR"),
            System.getenv("DJL_CACHE_DIR"),
            Path.of(System.getProperty("user.home"), ".psro4j", "djl").toString());
    setIfAbsent("DJL_CACHE_DIR", cache);
    setIfAbsent("ENGINE_CACHE_DIR", firstNonBlank(System.getenv("ENGINE_CACHE_DIR"), cache, cache));
    setIfAbsent("ai.djl.pytorch.num_threads", "1");
    setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private static String firstNonBlank(String a, String b, String fallback) {
    if (a != null && !a.isBlank()) {
      return a;
    }
    return b != null && !b.isBlank() ? b : fallback;
  }
}
