package org.psro4j.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.psro4j.cfr.Cfr;
import org.psro4j.cfr.CfrOptions;
import org.psro4j.exact.BestResponse;
import org.psro4j.exact.BestResponseResult;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.exact.Exploitability;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.NashConvResult;
import org.psro4j.exact.ProfileEvaluator;
import org.psro4j.exact.TreeStrategies;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.PolicyAggregator;
import org.psro4j.policy.TabularPolicy;

/**
 * Exact analysis on two-player {@code leduc_poker} (9457 nodes, 936 information states), average
 * time per operation:
 *
 * <ul>
 *   <li>{@code treeBuild}: walking the game into a {@link GameTree} (uncached);
 *   <li>{@code bestResponse}: one exact best response of player 0 to the uniform policy, its {@link
 *       TabularPolicy} included;
 *   <li>{@code nashConv}: NashConv of the uniform strategy vector (two best responses and one
 *       evaluation); {@code nashConvOfTable} adds reading a {@link TabularPolicy} into the tree;
 *   <li>{@code cfrPlusIteration}: one CFR+ iteration (both players, alternating updates);
 *   <li>{@code aggregate150}: {@link PolicyAggregator} over 150 random tabular policies per player
 *       with random weights (fixed seed), producing the behaviour strategy vector;
 *   <li>{@code profileReturns}: one payoff entry (two fixed random policies) from a {@link
 *       ProfileEvaluator} holding those 150 + 150 policies;
 *   <li>{@code expectedReturnsOfTables}: the same entry through {@link ExpectedReturns} from the
 *       two tables, for comparison.
 * </ul>
 *
 * <p>Run: {@code ./mvnw -q -pl psro4j-bench -am package -DskipTests && java -jar
 * psro4j-bench/target/benchmarks.jar LeducExactBenchmark -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LeducExactBenchmark {

  private static final int POPULATION = 150;

  private Game game;
  private GameTree tree;
  private double[] uniform;
  private TabularPolicy uniformTable;
  private Cfr cfr;
  private List<List<TabularPolicy>> populations;
  private List<double[]> weights;
  private ProfileEvaluator evaluator;

  /** Builds the tree, the policies and a CFR+ solver warmed by 10 iterations. */
  @Setup(Level.Trial)
  public void setUp() {
    game = Games.load("leduc_poker");
    tree = GameTree.of(game);
    uniform = TreeStrategies.uniform(tree);
    uniformTable = TabularPolicy.uniform(game);
    cfr = new Cfr(tree, CfrOptions.cfrPlus());
    cfr.run(10);
    SplittableRandom random = new SplittableRandom(2024);
    populations = new ArrayList<>();
    weights = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      List<TabularPolicy> population = new ArrayList<>();
      double[] w = new double[POPULATION];
      for (int k = 0; k < POPULATION; k++) {
        population.add(randomPolicy(random));
        w[k] = random.nextDouble();
      }
      populations.add(population);
      weights.add(w);
    }
    evaluator = new ProfileEvaluator(tree);
    for (int p = 0; p < 2; p++) {
      for (TabularPolicy policy : populations.get(p)) {
        evaluator.add(p, policy);
      }
    }
  }

  private TabularPolicy randomPolicy(SplittableRandom random) {
    double[] strategy = new double[tree.numSlots()];
    for (int i = 0; i < tree.numInfoStates(); i++) {
      int offset = tree.slotOffset(i);
      double sum = 0;
      for (int a = 0; a < tree.numActions(i); a++) {
        strategy[offset + a] = random.nextDouble();
        sum += strategy[offset + a];
      }
      for (int a = 0; a < tree.numActions(i); a++) {
        strategy[offset + a] /= sum;
      }
    }
    return TreeStrategies.toTabularPolicy(tree, strategy);
  }

  /** Walks Leduc into a new tree. */
  @Benchmark
  public GameTree treeBuild() {
    return GameTree.build(game);
  }

  /** One exact best response of player 0 to uniform play. */
  @Benchmark
  public BestResponseResult bestResponse() {
    return BestResponse.of(tree, 0, uniform);
  }

  /** NashConv of the uniform strategy vector. */
  @Benchmark
  public NashConvResult nashConv() {
    return Exploitability.nashConv(tree, uniform);
  }

  /** NashConv of the uniform policy given as a table. */
  @Benchmark
  public NashConvResult nashConvOfTable() {
    return Exploitability.nashConv(game, uniformTable);
  }

  /** One CFR+ iteration. */
  @Benchmark
  public int cfrPlusIteration() {
    cfr.iterate();
    return cfr.iterations();
  }

  /** One payoff entry from cached terminal reaches. */
  @Benchmark
  public double[] profileReturns() {
    return evaluator.returns(17, 42);
  }

  /** The same payoff entry from the two tables. */
  @Benchmark
  public double[] expectedReturnsOfTables() {
    return ExpectedReturns.of(game, populations.get(0).get(17), populations.get(1).get(42));
  }

  /** The behaviour policy of a 150-policy mixture per player. */
  @Benchmark
  public double[] aggregate150() {
    return PolicyAggregator.aggregate(tree, populations, weights);
  }
}
