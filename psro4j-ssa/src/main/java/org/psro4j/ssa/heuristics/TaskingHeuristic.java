package org.psro4j.ssa.heuristics;

import org.psro4j.game.State;
import org.psro4j.policy.Policy;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaSettings;
import org.psro4j.ssa.SsaState;

/**
 * A deterministic sensor-tasking rule for {@code ssa_coverage}: it scores the objects the deciding
 * sensor could observe, from what its side knows, and tasks the best one not already tasked by its
 * side this step. Discrete actions: the best-scoring candidate (the nearer on ties). Continuous:
 * the pointing whose view holds the best-scoring object (more objects in view on ties). With no
 * object worth observing the sensor dazzles the nearest opponent sensor if the rule {@link
 * #dazzlesWhenIdle() says so} and one is in range, else stays idle.
 *
 * <p>Stateless, so one instance serves both sides and many threads.
 */
public abstract class TaskingHeuristic implements Policy {

  /** Score of an object not worth observing. */
  protected static final double SKIP = Double.NEGATIVE_INFINITY;

  private final String name;

  /** A heuristic registered as {@code name}. */
  protected TaskingHeuristic(String name) {
    this.name = name;
  }

  /** The registry name. */
  public String name() {
    return name;
  }

  /** How much {@code side} wants to observe {@code object} now; {@link #SKIP} to never. */
  protected abstract double score(SsaState state, int side, int object);

  /** Whether to dazzle when nothing is worth observing. */
  protected boolean dazzlesWhenIdle() {
    return false;
  }

  @Override
  public double[] actionProbabilities(State state, int player) {
    SsaState s = SsaHeuristics.requireSsaState(state);
    int action = chooseAction(s, player);
    int count = s.legalActionCount(player);
    double[] probabilities = new double[count];
    for (int i = 0; i < count; i++) {
      if (s.legalAction(player, i) == action) {
        probabilities[i] = 1;
        return probabilities;
      }
    }
    throw new IllegalStateException(name + " chose illegal action " + action + " in " + state);
  }

  /** The action this rule takes for {@code side}'s deciding sensor. */
  public int chooseAction(SsaState state, int side) {
    SsaCoverage game = state.game();
    int action =
        game.settings().actions() == SsaSettings.ActionMode.DISCRETE
            ? bestCandidate(state, side)
            : bestPointing(state, side);
    if (action >= 0) {
      return action;
    }
    if (dazzlesWhenIdle() && state.dazzleTargetCount(side) > 0) {
      return game.dazzleAction(0);
    }
    return game.idleAction();
  }

  private double worth(SsaState state, int side, int object) {
    return state.taskedThisStep(side, object) ? SKIP : score(state, side, object);
  }

  private int bestCandidate(SsaState state, int side) {
    int best = -1;
    double bestScore = SKIP;
    for (int k = 0; k < state.candidateCount(side); k++) {
      double value = worth(state, side, state.candidate(side, k));
      if (value > bestScore) {
        bestScore = value;
        best = k;
      }
    }
    return best;
  }

  private int bestPointing(SsaState state, int side) {
    int visible = state.visibleCount(side);
    double[] values = new double[visible];
    for (int k = 0; k < visible; k++) {
      values[k] = worth(state, side, state.visibleObject(side, k));
    }
    int best = -1;
    double bestScore = SKIP;
    int bestCount = 0;
    int pointings = state.game().settings().pointings();
    for (int g = 0; g < pointings; g++) {
      double top = SKIP;
      int count = 0;
      for (int k = 0; k < visible; k++) {
        if (values[k] > SKIP && state.inView(side, k, g)) {
          top = Math.max(top, values[k]);
          count++;
        }
      }
      if (top > bestScore || (top == bestScore && top > SKIP && count > bestCount)) {
        bestScore = top;
        bestCount = count;
        best = g;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return name;
  }
}
