package org.psro4j.rl.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * How {@link VectorRollouts} and {@link ContinuousRollouts} split a collection over threads: the
 * games are dealt to {@code shards} shards, each with its own generator split from the seed and an
 * equal share of the step target, and the shards' episodes are appended in shard order, so a
 * collection is deterministic per seed.
 */
final class RolloutShards {

  /**
   * Reused daemon threads for shards: libtorch keeps per-thread state, so fresh threads per
   * collection would pay its set-up again.
   */
  private static final ExecutorService THREADS =
      Executors.newCachedThreadPool(
          Thread.ofPlatform().daemon().name("psro4j-rollout-", 0).factory());

  private RolloutShards() {}

  /** One shard's games: plays {@code envs} games until {@code stepTarget} moves were made. */
  @FunctionalInterface
  interface Shard<T> {
    T play(int envs, long stepTarget, SplittableRandom random);
  }

  /** Fails unless there is at least one game and between one shard and one shard per game. */
  static void checkSizes(int numEnvs, int shards) {
    if (numEnvs < 1) {
      throw new IllegalArgumentException("numEnvs must be at least 1, got " + numEnvs);
    }
    if (shards < 1 || shards > numEnvs) {
      throw new IllegalArgumentException("shards must be in 1.." + numEnvs + ", got " + shards);
    }
  }

  /**
   * Plays {@code numEnvs} games over {@code shards} shards (the calling thread plays a single shard
   * itself) and appends each shard's transitions to {@code all}, in shard order.
   */
  static <T> T collect(
      int numEnvs,
      int shards,
      long environmentSteps,
      long seed,
      T all,
      BiConsumer<T, T> append,
      Shard<T> shard) {
    SplittableRandom root = new SplittableRandom(seed);
    List<SplittableRandom> randoms = new ArrayList<>();
    for (int s = 0; s < shards; s++) {
      randoms.add(root.split());
    }
    if (shards == 1) {
      append.accept(all, shard.play(numEnvs, environmentSteps, randoms.get(0)));
      return all;
    }
    List<Future<T>> futures = new ArrayList<>();
    try {
      for (int s = 0; s < shards; s++) {
        int envs = numEnvs / shards + (s < numEnvs % shards ? 1 : 0);
        long steps = (environmentSteps + shards - 1) / shards;
        SplittableRandom r = randoms.get(s);
        futures.add(THREADS.submit(() -> shard.play(envs, steps, r)));
      }
      for (Future<T> f : futures) {
        append.accept(all, f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("rollouts interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
    return all;
  }
}
