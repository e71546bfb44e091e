package org.psro4j.psro;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.ProfileBlocks;
import org.psro4j.exact.ProfileEvaluator;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;

/**
 * Exact meta-game entries: the expected returns of a profile, summing over every chance outcome.
 * Each population policy is read once into a {@link ProfileEvaluator} (its own reach at every
 * terminal), after which an entry costs O(players × terminals) with no tree pass. Single
 * evaluations are serialised (adding a policy is not thread-safe); {@link #evaluateAll} adds a
 * batch's policies first and then computes its entries blockwise ({@link ProfileBlocks}) on a
 * thread pool.
 */
public final class ExactEvaluator implements PayoffEvaluator {

  private final Game game;
  private final ProfileEvaluator terminalReaches;
  private final Map<Policy, Integer>[] indices;

  /** An exact evaluator for {@code game}; fails with a clear message if it cannot be walked. */
  @SuppressWarnings("unchecked")
  public ExactEvaluator(Game game) {
    GameTree tree = ExactBestResponse.requireWalkable(game, "exact evaluation (--episodes 0)");
    this.game = game;
    this.terminalReaches = new ProfileEvaluator(tree);
    this.indices = new Map[tree.numPlayers()];
    for (int p = 0; p < indices.length; p++) {
      indices[p] = new IdentityHashMap<>();
    }
  }

  @Override
  public String name() {
    return "exact";
  }

  /**
   * Evaluates many profiles at once, blockwise ({@link ProfileBlocks}: a multilinear contraction
   * over terminal reaches, blocks on {@code threads} threads); the same values as {@link #evaluate}
   * on each profile, to rounding.
   */
  public List<Evaluation> evaluateAll(List<Policy[]> profiles, int threads) {
    List<int[]> indexed = new ArrayList<>(profiles.size());
    synchronized (this) {
      for (Policy[] profile : profiles) {
        indexed.add(indicesOf(profile));
      }
    }
    double[][] means = new double[indexed.size()][];
    List<Callable<Void>> jobs = new ArrayList<>();
    for (Runnable job : ProfileBlocks.jobs(terminalReaches, indexed, means)) {
      jobs.add(
          () -> {
            job.run();
            return null;
          });
    }
    Parallel.runAll(threads, jobs);
    List<Evaluation> out = new ArrayList<>(means.length);
    for (double[] mean : means) {
      out.add(new Evaluation(mean, new double[mean.length], 0));
    }
    return out;
  }

  private int[] indicesOf(Policy[] profile) {
    int[] at = new int[profile.length];
    for (int p = 0; p < profile.length; p++) {
      Policy policy = profile[p];
      int player = p;
      at[p] = indices[p].computeIfAbsent(policy, k -> terminalReaches.add(player, k));
    }
    return at;
  }

  /**
   * The exact returns of {@code profile}; {@code game} must be the game this evaluator was built
   * for (compared by its canonical string), else the message names both.
   */
  @Override
  public synchronized Evaluation evaluate(Game game, Policy[] profile, long seed) {
    if (game != this.game && !game.toString().equals(this.game.toString())) {
      throw new IllegalArgumentException(
          "this exact evaluator was built for " + this.game + ", not " + game);
    }
    if (profile.length != game.numPlayers()) {
      throw new IllegalArgumentException(
          "a profile of "
              + game
              + " has "
              + game.numPlayers()
              + " policies, not "
              + profile.length);
    }
    double[] mean = terminalReaches.returns(indicesOf(profile));
    return new Evaluation(mean, new double[mean.length], 0);
  }
}
