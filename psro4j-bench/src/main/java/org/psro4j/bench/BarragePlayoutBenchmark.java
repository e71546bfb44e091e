package org.psro4j.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.psro4j.game.Game;
import org.psro4j.game.Games;

/**
 * Random-playout moves per second on Barrage Stratego: one operation is one uniformly random legal
 * action (a setup placement or a move) on {@code barrage_stratego()} (max_moves=1000), a fresh game
 * starting whenever one ends, so the score is moves per second on one thread. {@code
 * randomMoveWithTensor} also writes the mover's information-state tensor (1,926 floats) before each
 * move, as an RL rollout does. Input: seed 42 for {@link SplittableRandom}.
 *
 * <p>Run: {@code psro4j-bench/jmh BarragePlayoutBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BarragePlayoutBenchmark {

  private Game game;
  private SplittableRandom rng;
  private org.psro4j.game.State state;
  private float[] tensor;

  /** Loads the game and seeds the generator. */
  @Setup
  public void setUp() {
    game = Games.load("barrage_stratego");
    rng = new SplittableRandom(42);
    state = game.newInitialState();
    tensor = new float[game.informationStateTensorSize()];
  }

  /** One random legal action. */
  @Benchmark
  public int randomMove() {
    int[] legal = state.legalActions();
    state.apply(legal[rng.nextInt(legal.length)]);
    int player = state.currentPlayer();
    if (state.isTerminal()) {
      state = game.newInitialState();
    }
    return player;
  }

  /** One random legal action after writing the mover's information-state tensor. */
  @Benchmark
  public float randomMoveWithTensor() {
    state.informationStateTensor(state.currentPlayer(), tensor, 0);
    int[] legal = state.legalActions();
    state.apply(legal[rng.nextInt(legal.length)]);
    if (state.isTerminal()) {
      state = game.newInitialState();
    }
    return tensor[tensor.length - 1];
  }
}
