package org.psro4j.ssa.evaluation;

import java.util.Objects;
import java.util.SplittableRandom;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaState;

/**
 * An end-to-end speed figure for {@code ssa_coverage} without JMH (for {@code psro4j bench}): plays
 * whole game steps with uniformly random legal tasking on the calling thread and returns
 * sensor-steps per second, where one step of all sensors of both sides counts 2 · sats (24 at the
 * default size), the unit of the "1M sensor-steps per second per core" target.
 *
 * <p>What is timed: the tasking sub-steps, step resolution (dazzles, observations, custody,
 * rewards) and, at each terminal, a new state and its episode chance draw; episodes cycle through
 * the game's episode indices from 0. Not timed: building the game's orbit and visibility tables
 * (done once when the game is loaded) and a warm-up of a quarter of the requested steps (at least
 * one episode's worth of JIT compilation). The JMH counterpart, with forks and iterations, is
 * {@code SsaCoverageStepBenchmark} in psro4j-bench.
 */
public final class SimulationSpeed {

  private SimulationSpeed() {}

  /**
   * Sensor-steps per second of {@code game} over {@code steps} timed game steps with random tasking
   * drawn from a generator seeded with {@code seed}. About a million steps (a few seconds at the
   * default size) give a stable figure; far fewer leave JIT compilation in it.
   */
  public static double sensorStepsPerSecond(SsaCoverage game, long steps, long seed) {
    Objects.requireNonNull(game, "game");
    if (steps < 1) {
      throw new IllegalArgumentException("steps=" + steps + " must be at least 1");
    }
    Player player = new Player(game, seed);
    player.play(Math.max(game.settings().steps(), steps / 4));
    long start = System.nanoTime();
    player.play(steps);
    double seconds = (System.nanoTime() - start) / 1e9;
    return 2.0 * game.settings().sats() * steps / seconds;
  }

  /** Plays random tasking, episode after episode; keeps a checksum so no work is dead code. */
  private static final class Player {
    private final SsaCoverage game;
    private final SplittableRandom rng;
    private final int[] joint = new int[2];
    private SsaState state;
    private int episode;
    private double checksum;

    Player(SsaCoverage game, long seed) {
      this.game = game;
      this.rng = new SplittableRandom(seed);
      restart();
    }

    private void restart() {
      if (state != null) {
        checksum += state.returns()[0];
      }
      state = game.newInitialState();
      state.apply(episode);
      episode = (episode + 1) % game.settings().episodes();
    }

    void play(long steps) {
      for (long done = 0; done < steps; done++) {
        if (state.isTerminal()) {
          restart();
        }
        int step = state.step();
        while (state.step() == step && !state.isTerminal()) {
          for (int p = 0; p < 2; p++) {
            joint[p] = state.legalAction(p, rng.nextInt(state.legalActionCount(p)));
          }
          state.apply(joint);
        }
      }
      if (Double.isNaN(checksum)) {
        throw new IllegalStateException("returns became NaN in " + game);
      }
    }
  }
}
