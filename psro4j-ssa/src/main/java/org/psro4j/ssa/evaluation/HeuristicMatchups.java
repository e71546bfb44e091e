package org.psro4j.ssa.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.psro4j.policy.Policy;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaState;
import org.psro4j.ssa.heuristics.SsaHeuristics;

/**
 * Computes the {@link MatchupTable} of named heuristics on an {@code ssa_coverage} game by
 * simulation: every (Blue, Red) pair plays the same {@code episodes} episodes, chosen from the
 * game's episode set by {@code seed} (common random numbers, so differences between entries are not
 * episode noise), and random policies draw from a generator split per pair and episode. The result
 * depends only on the arguments, not on {@code threads}.
 *
 * <p>Cost: heuristics² · episodes games of steps · sats sub-steps; at the default size one game is
 * about 5 000 sub-steps, so 25 pairs × 200 episodes take some seconds per core.
 */
public final class HeuristicMatchups {

  private HeuristicMatchups() {}

  /** The table of all built-in heuristics ({@link SsaHeuristics#NAMES}). */
  public static MatchupTable compute(SsaCoverage game, int episodes, long seed, int threads) {
    return compute(game, SsaHeuristics.NAMES, episodes, seed, threads);
  }

  /** The table of {@code names} against each other, on {@code threads} worker threads. */
  public static MatchupTable compute(
      SsaCoverage game, List<String> names, int episodes, long seed, int threads) {
    return compute(game, names, episodes, seed, threads, done -> {});
  }

  /**
   * As {@link #compute(SsaCoverage, List, int, long, int)}, reporting progress: after every
   * finished game {@code progress} receives the number of games finished so far (of names² ·
   * episodes). It is called from the worker threads, so it must be thread-safe and cheap.
   */
  public static MatchupTable compute(
      SsaCoverage game,
      List<String> names,
      int episodes,
      long seed,
      int threads,
      LongConsumer progress) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(progress, "progress");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no heuristics to match up");
    }
    if (episodes < 2) {
      throw new IllegalArgumentException(
          "episodes=" + episodes + " must be at least 2 for a standard error");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads=" + threads + " must be at least 1");
    }
    List<Policy> policies = names.stream().map(n -> SsaHeuristics.create(n, game)).toList();
    int n = names.size();
    int[] episodeIndices = new int[episodes];
    SplittableRandom chooser = new SplittableRandom(seed);
    for (int e = 0; e < episodes; e++) {
      episodeIndices[e] = chooser.nextInt(game.settings().episodes());
    }
    double[][][] cells = new double[n * n][][];
    AtomicLong finished = new AtomicLong();
    Runnable onGame = () -> progress.accept(finished.incrementAndGet());
    try (ForkJoinPool pool = new ForkJoinPool(threads)) {
      pool.submit(
              () ->
                  IntStream.range(0, n * n)
                      .parallel()
                      .forEach(
                          c ->
                              cells[c] =
                                  playCell(
                                      game,
                                      policies.get(c / n),
                                      policies.get(c % n),
                                      episodeIndices,
                                      seed,
                                      c,
                                      onGame)))
          .join();
    }
    double[][] blueMean = new double[n][n];
    double[][] blueError = new double[n][n];
    double[][] redMean = new double[n][n];
    double[][] redError = new double[n][n];
    for (int c = 0; c < n * n; c++) {
      int i = c / n;
      int j = c % n;
      blueMean[i][j] = mean(cells[c][0]);
      blueError[i][j] = standardError(cells[c][0]);
      redMean[i][j] = mean(cells[c][1]);
      redError[i][j] = standardError(cells[c][1]);
    }
    return new MatchupTable(
        game.toString(), names, episodes, seed, blueMean, blueError, redMean, redError);
  }

  /** Returns per side the return of each episode. */
  private static double[][] playCell(
      SsaCoverage game,
      Policy blue,
      Policy red,
      int[] episodeIndices,
      long seed,
      int cell,
      Runnable onGame) {
    double[][] returns = new double[2][episodeIndices.length];
    SplittableRandom cellRandom = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (cell + 1)));
    int[] joint = new int[2];
    for (int e = 0; e < episodeIndices.length; e++) {
      SplittableRandom rng = cellRandom.split();
      SsaState state = game.newInitialState();
      state.apply(episodeIndices[e]);
      while (!state.isTerminal()) {
        joint[0] = sample(state, 0, blue, rng);
        joint[1] = sample(state, 1, red, rng);
        state.apply(joint);
      }
      double[] r = state.returns();
      returns[0][e] = r[0];
      returns[1][e] = r[1];
      onGame.run();
    }
    return returns;
  }

  /** Draws {@code side}'s action from {@code policy} (aligned with the legal actions). */
  static int sample(SsaState state, int side, Policy policy, SplittableRandom rng) {
    double[] p = policy.actionProbabilities(state, side);
    int last = p.length - 1;
    if (p[last] == 1.0) {
      return state.legalAction(side, last);
    }
    double u = rng.nextDouble();
    for (int i = 0; i < last; i++) {
      u -= p[i];
      if (u < 0) {
        return state.legalAction(side, i);
      }
    }
    return state.legalAction(side, last);
  }

  private static double mean(double[] xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return sum / xs.length;
  }

  private static double standardError(double[] xs) {
    double m = mean(xs);
    double squares = 0;
    for (double x : xs) {
      squares += (x - m) * (x - m);
    }
    return Math.sqrt(squares / (xs.length - 1) / xs.length);
  }
}
