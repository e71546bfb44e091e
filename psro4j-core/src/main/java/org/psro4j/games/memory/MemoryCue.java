package org.psro4j.games.memory;

import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameSpec;
import org.psro4j.game.GameType;
import org.psro4j.game.ParameterSpec;
import org.psro4j.game.State;

/**
 * A partially observed test of memory, after the cue-recall tasks of Bakker ("Reinforcement
 * Learning with Long Short-Term Memory", NIPS 2001): chance deals each of two players a private cue
 * out of {@code cues}; in phase 0 each player (in turn) is shown its cue; for {@code delay} phases
 * each only waits; in the last phase each names a cue. A correct answer scores 1; player 0's return
 * is its score minus player 1's (zero-sum). The observation tensor shows the cue in phase 0 only
 * and the phase, so a policy of the current observation answers at chance (1/cues) while one that
 * remembers its first observation always answers right; the information state (perfect recall)
 * keeps the cue. There is no information-state tensor, so networks must remember.
 *
 * <p>Parameters: {@code cues} (default 2), {@code delay} (default 1).
 */
public final class MemoryCue implements Game {

  /** Registry entry. */
  public static final GameSpec SPEC =
      new GameSpec(
          "memory_cue",
          "recall a cue shown once, several decisions later (a test of recurrent policies)",
          List.of(
              new ParameterSpec("cues", 2, "number of distinct cues, at least 2"),
              new ParameterSpec("delay", 1, "waiting phases between cue and answer, at least 0")),
          MemoryCue::new);

  private static final GameType TYPE =
      new GameType(
          "memory_cue",
          "Memory Cue",
          GameType.Dynamics.SEQUENTIAL,
          GameType.ChanceMode.EXPLICIT_STOCHASTIC,
          GameType.Information.IMPERFECT,
          GameType.Utility.ZERO_SUM,
          GameType.RewardModel.TERMINAL,
          true,
          false,
          true);

  private final GameParameters parameters;
  private final int cues;
  private final int delay;

  MemoryCue(GameParameters parameters) {
    this.parameters = parameters;
    this.cues = parameters.getInt("cues");
    this.delay = parameters.getInt("delay");
    if (cues < 2) {
      throw new IllegalArgumentException("memory_cue: cues=" + cues + " must be at least 2");
    }
    if (delay < 0) {
      throw new IllegalArgumentException("memory_cue: delay=" + delay + " must be at least 0");
    }
  }

  /** Number of distinct cues. */
  public int cues() {
    return cues;
  }

  /** Waiting phases between the cue and the answer. */
  public int delay() {
    return delay;
  }

  @Override
  public GameType type() {
    return TYPE;
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }

  @Override
  public int numPlayers() {
    return 2;
  }

  @Override
  public int numDistinctActions() {
    return cues;
  }

  @Override
  public int maxChanceOutcomes() {
    return cues;
  }

  @Override
  public double minUtility() {
    return -1;
  }

  @Override
  public double maxUtility() {
    return 1;
  }

  @Override
  public int maxGameLength() {
    return 2 * (delay + 2);
  }

  @Override
  public State newInitialState() {
    return new MemoryCueState(this);
  }

  /** The cue one-hot (phase 0 only), then the phase kind one-hot: cue, wait, answer. */
  @Override
  public int observationTensorSize() {
    return cues + 3;
  }

  @Override
  public String toString() {
    return parameters.toString();
  }
}
