package org.psro4j.rl.algo;

import java.util.SplittableRandom;
import org.psro4j.learn.RandomStates;
import org.psro4j.learn.SessionState;
import org.psro4j.learn.TrainingProgress;
import org.psro4j.learn.TrainingSession;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.rollout.RolloutBatch;

/**
 * The loop every RL session shares (PPO, DQN, MPO, SAC, CrossQ): collect a rollout of at most
 * {@code rolloutSteps} environment steps, tally it, hand it to the learner, until the step target
 * is reached. Chunk sizes depend only on the steps used and the schedule horizon (the oracle's
 * budget, which also drives annealing), so training in pieces replays training at once. The
 * session's generator is made from the task's seed; subclasses draw from {@link #random()} only.
 *
 * @param <T> the rollout kind
 */
abstract class RolloutSession<T extends RolloutBatch> implements TrainingSession {

  /** Weight of the newest collection in the moving return. */
  static final double MOVING_WEIGHT = 0.1;

  private final String kind;
  private final int version;
  final BestResponseTask task;
  private final long horizon;
  private final long rolloutSteps;
  private SplittableRandom random;
  private long target;
  private long steps;
  private long episodes;
  private double lastReturn;
  private double movingReturn;
  private double firstReturn;
  private boolean returned;
  private double seconds;
  private double pfsp;
  private OpponentPriority priority;

  RolloutSession(String kind, int version, BestResponseTask task, long horizon, long rolloutSteps) {
    this.kind = kind;
    this.version = version;
    this.task = task;
    this.horizon = horizon;
    this.rolloutSteps = rolloutSteps;
    this.random = new SplittableRandom(task.seed());
  }

  /** Collects the next rollout of (at least) {@code chunk} steps; {@link #steps()} is before it. */
  abstract T collect(long chunk);

  /** Learns from {@code batch}; {@link #steps()} now includes it. */
  abstract void learn(T batch);

  /** Gradient updates made. */
  abstract long updates();

  /** Adds the learner's own state (networks, optimisers, schedules, buffers) to {@code out}. */
  abstract void save(StateWriter out, boolean includeReplay);

  /** Restores what {@link #save} wrote. */
  abstract void restore(StateReader in);

  /** The value reported as the mean return: by default the latest collection's. */
  double value() {
    return lastReturn;
  }

  final SplittableRandom random() {
    return random;
  }

  final long steps() {
    return steps;
  }

  final long horizon() {
    return horizon;
  }

  /**
   * Trains against the target reweighted by prioritized fictitious self-play with this exponent
   * ({@link OpponentPriority}; 0: the target as given); call before the first {@link #retarget}.
   */
  final void prioritise(double exponent) {
    this.pfsp = exponent;
  }

  /**
   * The co-players of the next collection when prioritised (see {@link #prioritise}), else {@code
   * null}: the given target then stands.
   */
  final Opponents prioritisedOpponents() {
    return priority == null ? null : priority.opponents();
  }

  @Override
  public final String kind() {
    return kind;
  }

  @Override
  public final TrainingProgress train(long more) {
    if (more < 0) {
      throw new IllegalArgumentException("steps must be non-negative, got " + more);
    }
    long start = System.nanoTime();
    target += more;
    while (steps < target) {
      long chunk = steps < horizon ? Math.min(rolloutSteps, horizon - steps) : rolloutSteps;
      T batch = collect(chunk);
      steps += batch.environmentSteps();
      episodes += batch.episodes();
      lastReturn = batch.meanReturn();
      if (priority != null) {
        priority.record(batch.outcomes());
      }
      if (batch.episodes() > 0) {
        if (!returned) {
          returned = true;
          firstReturn = lastReturn;
          movingReturn = lastReturn;
        } else {
          movingReturn += MOVING_WEIGHT * (lastReturn - movingReturn);
        }
      }
      learn(batch);
    }
    seconds += (System.nanoTime() - start) / 1e9;
    return progress();
  }

  @Override
  public final TrainingProgress progress() {
    return new TrainingProgress(
        target,
        steps,
        episodes,
        updates(),
        value(),
        movingReturn,
        movingReturn - firstReturn,
        seconds);
  }

  @Override
  public void retarget(Opponents opponents) {
    if (opponents.learner() != task.player()) {
      throw new IllegalArgumentException(
          "this session trains player " + task.player() + ", not " + opponents.learner());
    }
    priority = pfsp > 0 ? new OpponentPriority(opponents, pfsp) : null;
  }

  @Override
  public final SessionState saveState(boolean includeReplay) {
    StateWriter out = new StateWriter();
    var f = out.fields();
    f.put("game", task.game().toString());
    f.put("player", task.player());
    f.put("horizon", horizon);
    f.put("rollout_steps", rolloutSteps);
    f.put("target_steps", target);
    f.put("steps", steps);
    f.put("episodes", episodes);
    f.put("last_return", lastReturn);
    f.put("moving_return", movingReturn);
    f.put("first_return", firstReturn);
    f.put("returned", returned);
    f.put("seconds", seconds);
    long state = RandomStates.capture(random);
    random = new SplittableRandom(state);
    f.put("random_state", state);
    if (priority != null) {
      out.bytes("pfsp_scores", priority.encode());
    }
    save(out, includeReplay);
    return out.build(kind, version);
  }

  @Override
  public final void restoreState(SessionState state) {
    state.requireKind(kind, version);
    state.requireField("game", task.game().toString());
    state.requireField("player", Integer.toString(task.player()));
    state.requireField("horizon", Long.toString(horizon));
    state.requireField("rollout_steps", Long.toString(rolloutSteps));
    restore(new StateReader(state));
    if (priority != null) {
      priority.decode(state.array("pfsp_scores"));
    }
    target = state.getLong("target_steps");
    steps = state.getLong("steps");
    episodes = state.getLong("episodes");
    lastReturn = state.getDouble("last_return");
    movingReturn = state.getDouble("moving_return");
    firstReturn = state.getDouble("first_return");
    returned = state.field("returned").asBoolean();
    seconds = state.getDouble("seconds");
    random = new SplittableRandom(state.getLong("random_state"));
  }
}
