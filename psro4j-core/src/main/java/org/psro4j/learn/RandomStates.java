package org.psro4j.learn;

import java.util.SplittableRandom;

/**
 * Saves and restores the state of a {@link SplittableRandom} made by {@code new
 * SplittableRandom(seed)} without reflection. Such a generator is SplitMix64 (Steele, Lea and
 * Flood, "Fast Splittable Pseudorandom Number Generators", OOPSLA 2014) with the golden gamma: its
 * whole state is one long {@code s}, every draw first adds the gamma to it, and {@code nextLong()}
 * returns {@code mix64(s)}. Since {@code mix64} is a bijection, one draw reveals the state; {@link
 * #capture} inverts it and hands back a replacement generator that continues exactly where the
 * probed one stood before the probe.
 */
public final class RandomStates {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private RandomStates() {}

  /**
   * The state of {@code random} (which this call advances by one draw, so the caller must continue
   * with {@code new SplittableRandom(state)} instead). Only for generators made from a seed, not
   * for ones made by {@code split()} (their gamma differs).
   */
  public static long capture(SplittableRandom random) {
    return unmix64(random.nextLong()) - GOLDEN_GAMMA;
  }

  private static long unmix64(long z) {
    z = unxorShift(z, 31);
    z *= inverse(0x94d049bb133111ebL);
    z = unxorShift(z, 27);
    z *= inverse(0xbf58476d1ce4e5b9L);
    return unxorShift(z, 30);
  }

  private static long unxorShift(long z, int shift) {
    long x = z;
    for (int i = 0; i < 64 / shift + 1; i++) {
      x = z ^ (x >>> shift);
    }
    return x;
  }

  /** The inverse of odd {@code c} modulo 2^64 (Newton's iteration doubles the correct bits). */
  private static long inverse(long c) {
    long x = c;
    for (int i = 0; i < 6; i++) {
      x *= 2 - c * x;
    }
    return x;
  }
}
