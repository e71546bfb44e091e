package org.psro4j.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.ProfileBlocks;
import org.psro4j.exact.ProfileEvaluator;
import org.psro4j.exact.TreeStrategies;
import org.psro4j.game.Games;

/**
 * The exact meta-game entries one JPSRO iteration adds: every player has {@code policies} policies
 * (the uniform one, then pure strategies choosing a seeded random action at every information
 * state, as exact best responses are pure), the last of each new, so k³ − (k − 1)³ profiles are
 * evaluated. {@code perProfile}: one {@link ProfileEvaluator#returns} per profile (the evaluator
 * before blockwise entries); {@code blockwise}: {@link ProfileBlocks} on one thread. Average time
 * for the whole batch. Run: {@code psro4j-bench/jmh ExactEntriesBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExactEntriesBenchmark {

  @Param({"leduc_poker(players=3)"})
  String game;

  @Param({"10", "41"})
  int policies;

  private ProfileEvaluator evaluator;
  private List<int[]> fresh;

  /** Builds the tree, the populations and the list of new profiles. */
  @Setup(Level.Trial)
  public void setUp() {
    GameTree tree = GameTree.of(Games.load(game));
    evaluator = new ProfileEvaluator(tree);
    SplittableRandom random = new SplittableRandom(42);
    int n = tree.numPlayers();
    for (int p = 0; p < n; p++) {
      evaluator.addStrategy(p, TreeStrategies.uniform(tree));
      for (int k = 1; k < policies; k++) {
        double[] pure = new double[tree.numSlots()];
        for (int i = 0; i < tree.numInfoStates(); i++) {
          pure[tree.slotOffset(i) + random.nextInt(tree.numActions(i))] = 1;
        }
        evaluator.addStrategy(p, pure);
      }
    }
    fresh = new ArrayList<>();
    int[] index = new int[n];
    while (true) {
      for (int i : index) {
        if (i == policies - 1) {
          fresh.add(index.clone());
          break;
        }
      }
      int p = n - 1;
      while (p >= 0 && ++index[p] == policies) {
        index[p--] = 0;
      }
      if (p < 0) {
        break;
      }
    }
  }

  /** The new entries one profile at a time. */
  @Benchmark
  public double[][] perProfile() {
    double[][] out = new double[fresh.size()][];
    for (int k = 0; k < out.length; k++) {
      out[k] = evaluator.returns(fresh.get(k));
    }
    return out;
  }

  /** The new entries blockwise, on this thread. */
  @Benchmark
  public double[][] blockwise() {
    double[][] out = new double[fresh.size()][];
    for (Runnable job : ProfileBlocks.jobs(evaluator, fresh, out)) {
      job.run();
    }
    return out;
  }
}
