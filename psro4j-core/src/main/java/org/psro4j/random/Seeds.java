package org.psro4j.random;

import java.util.SplittableRandom;

/**
 * Deterministic seed splitting: one root seed per run, and from it a seed per named use (e.g.
 * {@code derive(root, "oracle", iteration, player)}). Seeds depend only on the root and the path,
 * never on how many numbers were drawn before, so a resumed run replays exactly.
 */
public final class Seeds {

  private Seeds() {}

  /** A seed for the use named by {@code label} and {@code indices} under {@code root}. */
  public static long derive(long root, String label, long... indices) {
    long h = mix(root ^ 0x9E3779B97F4A7C15L);
    for (int i = 0; i < label.length(); i++) {
      h = mix(h + label.charAt(i));
    }
    for (long index : indices) {
      h = mix(h ^ mix(index + 0x632BE59BD9B4E019L));
    }
    return h;
  }

  /** A random generator for the use named by {@code label} and {@code indices} under root. */
  public static SplittableRandom random(long root, String label, long... indices) {
    return new SplittableRandom(derive(root, label, indices));
  }

  private static long mix(long z) {
    // SplitMix64's finaliser (Steele, Lea and Flood 2014).
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
