package org.psro4j.ssa.evaluation;

import java.util.Objects;
import java.util.SplittableRandom;
import org.psro4j.policy.Policy;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaScenario;
import org.psro4j.ssa.SsaState;

/**
 * Who held custody of each object at each step of one {@code ssa_coverage} episode played by a
 * given pair of policies, and who observed it: the data behind a custody timeline picture (object ×
 * time). Built by {@link #play}; immutable.
 *
 * <p>Entry (object, step) describes the state right after step {@code step} resolved, i.e. the
 * custody that step's reward paid for: {@link #holder} is {@code NONE}, {@code BLUE}, {@code RED}
 * or {@code BOTH} by which sides had not lost custody; {@link #observedBy} has bit {@code 1 <<
 * side} set when that side's sensors observed the object in that step.
 */
public final class CustodyTimeline {

  /** Which sides held custody; {@link #bits()} has bit {@code 1 << side} per holding side. */
  public enum Holder {
    /** Neither side. */
    NONE,
    /** Blue only. */
    BLUE,
    /** Red only. */
    RED,
    /** Both sides. */
    BOTH;

    private static final Holder[] BY_BITS = values();

    /** Bit {@code 1 << side} set for each side holding custody. */
    public int bits() {
      return ordinal();
    }

    /** The holder with these bits (0..3). */
    public static Holder ofBits(int bits) {
      return BY_BITS[bits];
    }
  }

  private final String game;
  private final int episode;
  private final int objects;
  private final int steps;
  private final int stepMinutes;
  private final byte[] holders;
  private final byte[] observers;
  private final int[] interest;
  private final double[] returns;

  private CustodyTimeline(
      SsaCoverage game, int episode, byte[] holders, byte[] observers, double[] returns) {
    this.game = game.toString();
    this.episode = episode;
    this.objects = game.settings().objects();
    this.steps = game.settings().steps();
    this.stepMinutes = game.settings().stepMinutes();
    this.holders = holders;
    this.observers = observers;
    this.interest = new int[objects];
    SsaScenario scenario = game.scenario();
    for (int o = 0; o < objects; o++) {
      interest[o] = scenario.interest(o);
    }
    this.returns = returns;
  }

  /**
   * Plays episode {@code episode} of {@code game} with {@code blue} against {@code red}, drawing
   * stochastic policies' actions from a generator seeded with {@code seed} (deterministic policies
   * ignore it), and records custody and observations after every step.
   */
  public static CustodyTimeline play(
      SsaCoverage game, Policy blue, Policy red, int episode, long seed) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(blue, "blue");
    Objects.requireNonNull(red, "red");
    int episodes = game.settings().episodes();
    if (episode < 0 || episode >= episodes) {
      throw new IllegalArgumentException(
          "episode=" + episode + " is not in 0.." + (episodes - 1) + " of " + game);
    }
    int objects = game.settings().objects();
    int steps = game.settings().steps();
    byte[] holders = new byte[objects * steps];
    byte[] observers = new byte[objects * steps];
    int[] seen = new int[2 * objects];
    SplittableRandom rng = new SplittableRandom(seed);
    SsaState state = game.newInitialState();
    state.apply(episode);
    int[] joint = new int[2];
    while (!state.isTerminal()) {
      int step = state.step();
      joint[0] = HeuristicMatchups.sample(state, 0, blue, rng);
      joint[1] = HeuristicMatchups.sample(state, 1, red, rng);
      state.apply(joint);
      if (state.step() != step) {
        for (int o = 0; o < objects; o++) {
          int held = 0;
          int observed = 0;
          for (int side = 0; side < 2; side++) {
            if (!state.isLost(side, o)) {
              held |= 1 << side;
            }
            int count = state.observationCount(side, o);
            if (count != seen[side * objects + o]) {
              observed |= 1 << side;
              seen[side * objects + o] = count;
            }
          }
          holders[o * steps + step] = (byte) held;
          observers[o * steps + step] = (byte) observed;
        }
      }
    }
    return new CustodyTimeline(game, episode, holders, observers, state.returns());
  }

  /** The canonical game string. */
  public String game() {
    return game;
  }

  /** The episode index that was played. */
  public int episode() {
    return episode;
  }

  /** Number of objects (rows). */
  public int objects() {
    return objects;
  }

  /** Number of steps (columns). */
  public int steps() {
    return steps;
  }

  /** Minutes per step, to label the time axis. */
  public int stepMinutes() {
    return stepMinutes;
  }

  /** Who held custody of {@code object} right after {@code step} resolved. */
  public Holder holder(int object, int step) {
    return Holder.ofBits(holders[index(object, step)]);
  }

  /** Bit {@code 1 << side} set for each side that observed {@code object} in {@code step}. */
  public int observedBy(int object, int step) {
    return observers[index(object, step)];
  }

  /** Interest bits of {@code object}: 1 Blue only, 2 Red only, 3 contested. */
  public int interest(int object) {
    return interest[checkObject(object)];
  }

  /** The episode's returns, Blue's then Red's. */
  public double[] returns() {
    return returns.clone();
  }

  /** Fraction of all object-steps whose holder is {@code holder}. */
  public double share(Holder holder) {
    int count = 0;
    for (byte h : holders) {
      if (h == holder.bits()) {
        count++;
      }
    }
    return (double) count / holders.length;
  }

  private int index(int object, int step) {
    checkObject(object);
    if (step < 0 || step >= steps) {
      throw new IllegalArgumentException("step=" + step + " is not in 0.." + (steps - 1));
    }
    return object * steps + step;
  }

  private int checkObject(int object) {
    if (object < 0 || object >= objects) {
      throw new IllegalArgumentException("object=" + object + " is not in 0.." + (objects - 1));
    }
    return object;
  }
}
