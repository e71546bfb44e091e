package org.psro4j.rl.nn;

import java.util.concurrent.locks.ReentrantLock;

/**
 * DJL's PyTorch engine allows one open gradient collector per JVM at a time, while PSRO trains one
 * best response per player in parallel; every gradient step takes this lock (rollouts do not).
 */
public final class GradientLock {

  private static final ReentrantLock LOCK = new ReentrantLock();

  private GradientLock() {}

  /** Acquires the lock; release it with {@link #unlock()} in a finally block. */
  public static void lock() {
    LOCK.lock();
  }

  /** Releases the lock. */
  public static void unlock() {
    LOCK.unlock();
  }
}
