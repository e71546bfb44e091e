package org.psro4j.ssa;

import java.util.Arrays;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.State;

/**
 * A state of {@link SsaCoverage}: the episode, the step and the sensor deciding now, both sides'
 * track ages and custody, the tasking chosen so far this step, and the outcome of the last resolved
 * step. Stepping reads the scenario's precomputed tables and allocates nothing.
 *
 * <p>Besides the {@link State} API it answers, for policies and tests, what a side knows: its
 * candidates, track ages, predicted manoeuvres and its sensors' last outcomes.
 */
public final class SsaState implements State {

  private final SsaCoverage game;
  private final SsaSettings settings;
  private final SsaScenario scenario;
  private final VisibilityTables visibility;
  private final int sats;
  private final int objects;
  private final int words;
  private final int steps;
  private final int slots;
  private final int stale;
  private final int tolerance;
  private final boolean discrete;
  private final float cosHalfFov;

  private SsaEpisode episode;
  private int step;
  private int sensor;
  private int current;
  private final int[] actions;
  private final int[] lastObserved;
  private final boolean[] lost;
  private final int[] observationCount;
  private final long[] tasked;
  private final long[] observed;
  private final boolean[] dazzled;
  private final int[] observedObject;
  private final int[] observedCount;
  private final double[] returns;
  private final double[] rewards;

  SsaState(SsaCoverage game) {
    this.game = game;
    this.settings = game.settings();
    this.scenario = game.scenario();
    this.visibility = scenario.visibility();
    this.sats = settings.sats();
    this.objects = settings.objects();
    this.words = (objects + 63) >>> 6;
    this.steps = settings.steps();
    this.slots = settings.taskingSlots();
    this.stale = settings.staleSteps();
    this.tolerance = settings.toleranceSteps();
    this.discrete = settings.actions() == SsaSettings.ActionMode.DISCRETE;
    this.cosHalfFov = (float) Math.cos(Math.toRadians(settings.fovDeg() / 2));
    this.current = CHANCE;
    this.actions = new int[2 * sats];
    this.lastObserved = new int[2 * objects];
    this.lost = new boolean[2 * objects];
    this.observationCount = new int[2 * objects];
    this.tasked = new long[2 * words];
    this.observed = new long[2 * words];
    this.dazzled = new boolean[2 * sats];
    this.observedObject = new int[2 * sats];
    Arrays.fill(observedObject, -1);
    this.observedCount = new int[2 * sats];
    this.returns = new double[2];
    this.rewards = new double[2];
  }

  private SsaState(SsaState o) {
    this.game = o.game;
    this.settings = o.settings;
    this.scenario = o.scenario;
    this.visibility = o.visibility;
    this.sats = o.sats;
    this.objects = o.objects;
    this.words = o.words;
    this.steps = o.steps;
    this.slots = o.slots;
    this.stale = o.stale;
    this.tolerance = o.tolerance;
    this.discrete = o.discrete;
    this.cosHalfFov = o.cosHalfFov;
    this.episode = o.episode;
    this.step = o.step;
    this.sensor = o.sensor;
    this.current = o.current;
    this.actions = o.actions.clone();
    this.lastObserved = o.lastObserved.clone();
    this.lost = o.lost.clone();
    this.observationCount = o.observationCount.clone();
    this.tasked = o.tasked.clone();
    this.observed = o.observed.clone();
    this.dazzled = o.dazzled.clone();
    this.observedObject = o.observedObject.clone();
    this.observedCount = o.observedCount.clone();
    this.returns = o.returns.clone();
    this.rewards = o.rewards.clone();
  }

  @Override
  public SsaCoverage game() {
    return game;
  }

  @Override
  public int currentPlayer() {
    return current;
  }

  @Override
  public int[] legalActions(int player) {
    if (current == CHANCE && player == CHANCE) {
      int[] all = new int[settings.episodes()];
      for (int i = 0; i < all.length; i++) {
        all[i] = i;
      }
      return all;
    }
    if (current != SIMULTANEOUS || (player != 0 && player != 1)) {
      return new int[0];
    }
    return game.legal(taskingCount(player), dazzleCount(player)).clone();
  }

  /** Number of legal actions of {@code player} now, without allocating. */
  public int legalActionCount(int player) {
    if (current != SIMULTANEOUS || (player != 0 && player != 1)) {
      return 0;
    }
    return taskingCount(player) + 1 + dazzleCount(player);
  }

  /** The {@code index}-th legal action of {@code player}, as in {@link #legalActions(int)}. */
  public int legalAction(int player, int index) {
    int c = taskingCount(player);
    return index < c ? index : slots + (index - c);
  }

  private int taskingCount(int player) {
    return discrete
        ? Math.min(slots, visibility.visibleCount(step, player * sats + sensor))
        : slots;
  }

  private int dazzleCount(int player) {
    return settings.dazzle()
        ? Math.min(settings.candidates(), visibility.dazzleCount(step, player * sats + sensor))
        : 0;
  }

  private boolean isLegal(int player, int action) {
    if (action < 0) {
      return false;
    }
    if (action < slots) {
      return action < taskingCount(player);
    }
    return action - slots <= dazzleCount(player);
  }

  @Override
  public ChanceOutcome[] chanceOutcomes() {
    if (current != CHANCE) {
      throw new IllegalStateException("not a chance node: " + this);
    }
    int n = settings.episodes();
    ChanceOutcome[] out = new ChanceOutcome[n];
    for (int i = 0; i < n; i++) {
      out[i] = new ChanceOutcome(i, 1.0 / n);
    }
    return out;
  }

  /** At the opening chance node, picks the episode; elsewhere use {@link #apply(int[])}. */
  @Override
  public void apply(int action) {
    if (current != CHANCE) {
      throw new IllegalStateException(
          current == SIMULTANEOUS
              ? "ssa_coverage sensors are tasked simultaneously: use apply(int[]) in " + this
              : "cannot act in a terminal state: " + this);
    }
    if (action < 0 || action >= settings.episodes()) {
      throw new IllegalArgumentException(
          "episode " + action + " is not in 0.." + (settings.episodes() - 1));
    }
    episode = new SsaEpisode(settings, action);
    System.arraycopy(episode.initialLastObserved, 0, lastObserved, 0, lastObserved.length);
    current = SIMULTANEOUS;
  }

  @Override
  public void apply(int[] jointAction) {
    if (current != SIMULTANEOUS) {
      throw new IllegalStateException("not a simultaneous-move node: " + this);
    }
    if (jointAction.length != 2) {
      throw new IllegalArgumentException(
          "joint action " + Arrays.toString(jointAction) + " needs one action per side");
    }
    for (int p = 0; p < 2; p++) {
      if (!isLegal(p, jointAction[p])) {
        throw new IllegalArgumentException(
            "action "
                + jointAction[p]
                + " is not legal for player "
                + p
                + " (legal "
                + Arrays.toString(legalActions(p))
                + ") in "
                + this);
      }
    }
    rewards[0] = 0;
    rewards[1] = 0;
    for (int p = 0; p < 2; p++) {
      int action = jointAction[p];
      actions[p * sats + sensor] = action;
      if (action < slots) {
        markTasked(p, action);
      }
    }
    if (++sensor == sats) {
      resolveStep();
    }
  }

  private void markTasked(int side, int action) {
    int body = side * sats + sensor;
    if (discrete) {
      int o = visibility.visibleObject(step, body, action);
      tasked[side * words + (o >>> 6)] |= 1L << o;
      return;
    }
    int n = visibility.visibleCount(step, body);
    for (int k = 0; k < n; k++) {
      if (inCone(body, k, action)) {
        int o = visibility.visibleObject(step, body, k);
        tasked[side * words + (o >>> 6)] |= 1L << o;
      }
    }
  }

  /**
   * Whether the k-th visible object of sensor {@code body} lies in the cone of {@code pointing}.
   */
  private boolean inCone(int body, int k, int pointing) {
    float dot =
        visibility.visibleDirection(step, body, k, 0) * scenario.pointing(pointing, 0)
            + visibility.visibleDirection(step, body, k, 1) * scenario.pointing(pointing, 1)
            + visibility.visibleDirection(step, body, k, 2) * scenario.pointing(pointing, 2);
    return dot >= cosHalfFov;
  }

  private void resolveStep() {
    int sensors = 2 * sats;
    Arrays.fill(dazzled, false);
    for (int body = 0; body < sensors; body++) {
      int action = actions[body];
      if (action > slots) {
        dazzled[visibility.dazzleTarget(step, body, action - slots - 1)] = true;
      }
    }
    Arrays.fill(observed, 0L);
    int usedBlue = 0;
    int usedRed = 0;
    for (int body = 0; body < sensors; body++) {
      int side = body < sats ? 0 : 1;
      int action = actions[body];
      observedObject[body] = -1;
      observedCount[body] = 0;
      if (action != slots) {
        if (side == 0) {
          usedBlue++;
        } else {
          usedRed++;
        }
      }
      if (action >= slots || dazzled[body]) {
        continue;
      }
      if (discrete) {
        int o = visibility.visibleObject(step, body, action);
        observed[side * words + (o >>> 6)] |= 1L << o;
        observedObject[body] = o;
        observedCount[body] = 1;
      } else {
        observeCone(side, body, action);
      }
    }
    updateCustody();
    payRewards(usedBlue, usedRed);
    Arrays.fill(tasked, 0L);
    sensor = 0;
    step++;
    if (step == steps) {
      current = TERMINAL;
    }
  }

  private void observeCone(int side, int body, int pointing) {
    int n = visibility.visibleCount(step, body);
    for (int k = 0; k < n; k++) {
      if (inCone(body, k, pointing)) {
        int o = visibility.visibleObject(step, body, k);
        observed[side * words + (o >>> 6)] |= 1L << o;
        if (observedCount[body]++ == 0) {
          observedObject[body] = o;
        }
      }
    }
  }

  private void updateCustody() {
    for (int side = 0; side < 2; side++) {
      int base = side * objects;
      for (int o = 0; o < objects; o++) {
        if ((observed[side * words + (o >>> 6)] & (1L << o)) != 0) {
          lastObserved[base + o] = step;
          lost[base + o] = false;
          observationCount[base + o]++;
        }
      }
    }
    for (int c = episode.checkStart[step]; c < episode.checkStart[step + 1]; c++) {
      int o = episode.checkObject[c];
      for (int side = 0; side < 2; side++) {
        if (lastObserved[side * objects + o] < episode.checkWindowStart[c]) {
          lost[side * objects + o] = true;
        }
      }
    }
    for (int i = 0; i < 2 * objects; i++) {
      if (step - lastObserved[i] >= stale) {
        lost[i] = true;
      }
    }
  }

  private void payRewards(int usedBlue, int usedRed) {
    if (settings.flavour() == SsaSettings.Flavour.ZERO_SUM) {
      double sum = 0;
      for (int o = 0; o < objects; o++) {
        int bits = scenario.interest[o];
        if ((bits & 1) != 0) {
          sum += custodyValue(0, o);
        }
        if ((bits & 2) != 0) {
          sum -= custodyValue(1, o);
        }
      }
      int norm = Math.max(1, Math.max(scenario.interestCount[0], scenario.interestCount[1]));
      rewards[0] = sum / ((double) norm * steps);
      rewards[1] = -rewards[0];
    } else {
      for (int side = 0; side < 2; side++) {
        double value = 0;
        int bit = SsaScenario.interestBit(side);
        for (int o = 0; o < objects; o++) {
          if ((scenario.interest[o] & bit) != 0) {
            value += custodyValue(side, o);
          }
        }
        double coverage = value / Math.max(1, scenario.interestCount[side]);
        int used = side == 0 ? usedBlue : usedRed;
        rewards[side] = (coverage - settings.sensorCost() * used / sats) / steps;
      }
    }
    returns[0] += rewards[0];
    returns[1] += rewards[1];
  }

  @Override
  public SsaState copy() {
    return new SsaState(this);
  }

  @Override
  public double[] returns() {
    return returns.clone();
  }

  @Override
  public double[] rewards() {
    return rewards.clone();
  }

  @Override
  public String informationStateString(int player) {
    throw new UnsupportedOperationException(
        "ssa_coverage provides no information-state strings; use observationTensor");
  }

  @Override
  public String observationString(int player) {
    return SsaObserver.describe(this, checkSide(player));
  }

  @Override
  public void observationTensor(int player, float[] out, int offset) {
    SsaObserver.write(this, checkSide(player), out, offset);
  }

  private static int checkSide(int player) {
    if (player != 0 && player != 1) {
      throw new IllegalArgumentException("player " + player + " is not 0 (Blue) or 1 (Red)");
    }
    return player;
  }

  @Override
  public String actionToString(int player, int action) {
    if (player == CHANCE) {
      return "episode " + action;
    }
    if (action == slots) {
      return "idle";
    }
    if (action > slots) {
      return "dazzle " + (action - slots - 1);
    }
    return (discrete ? "observe candidate " : "point ") + action;
  }

  @Override
  public String toString() {
    return "ssa_coverage[episode="
        + (episode == null ? "-" : episode.index)
        + " step="
        + step
        + " sensor="
        + sensor
        + " player="
        + current
        + " returns="
        + Arrays.toString(returns)
        + " tracks="
        + Integer.toHexString(Arrays.hashCode(lastObserved) ^ 31 * Arrays.hashCode(lost))
        + " tasking="
        + Integer.toHexString(Arrays.hashCode(actions))
        + "]";
  }

  // ---- What a side knows, for policies, observers and tests. ----

  /** The episode index, or -1 before the opening chance node. */
  public int episodeIndex() {
    return episode == null ? -1 : episode.index;
  }

  /** The current step, 0-based ({@code steps} at the terminal). */
  public int step() {
    return step;
  }

  /** The sensor both sides are tasking now (0-based within each side). */
  public int sensor() {
    return sensor;
  }

  /** Discrete: how many candidate objects {@code side}'s current sensor has (at most K). */
  public int candidateCount(int side) {
    return discrete ? taskingCount(side) : 0;
  }

  /** Discrete: the object behind action {@code slot} of {@code side}'s current sensor. */
  public int candidate(int side, int slot) {
    return visibility.visibleObject(step, side * sats + sensor, slot);
  }

  /**
   * Range in km from {@code side}'s current sensor to its {@code rank}-th nearest visible object.
   */
  public double visibleRange(int side, int rank) {
    return visibility.visibleRange(step, side * sats + sensor, rank);
  }

  /** Range in km to the opponent sensor behind dazzle rank {@code rank}. */
  public double dazzleRange(int side, int rank) {
    return visibility.dazzleRange(step, side * sats + sensor, rank);
  }

  /** Whether any sensor of {@code side} sees {@code object} this step. */
  public boolean visibleToSide(int side, int object) {
    for (int s = 0; s < sats; s++) {
      if (visibility.visible(step, side * sats + s, object)) {
        return true;
      }
    }
    return false;
  }

  /** Objects {@code side}'s current sensor sees, nearest first (continuous: cone candidates). */
  public int visibleCount(int side) {
    return visibility.visibleCount(step, side * sats + sensor);
  }

  /** The {@code rank}-th nearest object {@code side}'s current sensor sees. */
  public int visibleObject(int side, int rank) {
    return visibility.visibleObject(step, side * sats + sensor, rank);
  }

  /**
   * Continuous: whether pointing {@code pointing} puts the {@code rank}-th visible object in view.
   */
  public boolean inView(int side, int rank, int pointing) {
    return inCone(side * sats + sensor, rank, pointing);
  }

  /** Dazzle targets of {@code side}'s current sensor (at most K; 0 when dazzling is off). */
  public int dazzleTargetCount(int side) {
    return dazzleCount(side);
  }

  /** The opponent sensor (index within its side) behind dazzle rank {@code rank}. */
  public int dazzleTarget(int side, int rank) {
    return visibility.dazzleTarget(step, side * sats + sensor, rank) - (1 - side) * sats;
  }

  /** Steps since {@code side} last observed {@code object}. */
  public int trackAge(int side, int object) {
    return step - lastObserved[side * objects + object];
  }

  /** Whether {@code side} has lost custody of {@code object}. */
  public boolean isLost(int side, int object) {
    return lost[side * objects + object];
  }

  /** {@code side}'s custody value of {@code object}: 1 − age/stale while held, 0 once lost. */
  public double custodyValue(int side, int object) {
    int i = side * objects + object;
    return lost[i] ? 0 : Math.max(0, 1 - (double) (step - lastObserved[i]) / stale);
  }

  /** How often {@code side} has observed {@code object} this episode. */
  public int observationCount(int side, int object) {
    return observationCount[side * objects + object];
  }

  /** Whether {@code side}'s sensors already tasked this step would observe {@code object}. */
  public boolean taskedThisStep(int side, int object) {
    return (tasked[side * words + (object >>> 6)] & (1L << object)) != 0;
  }

  /**
   * {@code side}'s earliest predicted manoeuvre step of {@code object} whose tolerance window is
   * still open, or -1 if none is predicted.
   */
  public int nextPredictedManoeuvre(int side, int object) {
    return episode == null ? -1 : episode.nextPredicted(side, object, step, tolerance);
  }

  /** The action {@code side} chose for {@code sensor} this step, or -1 if not yet chosen. */
  public int chosenAction(int side, int sensor) {
    return sensor < this.sensor ? actions[side * sats + sensor] : -1;
  }

  /** The (nearest) object {@code sensor} of {@code side} observed in the last step, or -1. */
  public int lastObservedObject(int side, int sensor) {
    return observedObject[side * sats + sensor];
  }

  /** How many objects {@code sensor} of {@code side} observed in the last step. */
  public int lastObservedCount(int side, int sensor) {
    return observedCount[side * sats + sensor];
  }

  /** Whether {@code sensor} of {@code side} was dazzled in the last step. */
  public boolean wasDazzled(int side, int sensor) {
    return dazzled[side * sats + sensor];
  }
}
