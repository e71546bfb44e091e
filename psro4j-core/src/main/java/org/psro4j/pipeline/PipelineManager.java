package org.psro4j.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.pipeline.PipelineProtocol.Assignment;
import org.psro4j.pipeline.PipelineProtocol.EvaluationRequest;
import org.psro4j.pipeline.PipelineProtocol.EvaluationResult;
import org.psro4j.pipeline.PipelineProtocol.Lease;
import org.psro4j.pipeline.PipelineProtocol.LevelEvent;
import org.psro4j.pipeline.PipelineProtocol.OpponentMix;
import org.psro4j.pipeline.PipelineProtocol.Progress;
import org.psro4j.pipeline.PipelineProtocol.Snapshot;
import org.psro4j.pipeline.PipelineProtocol.Submission;
import org.psro4j.pipeline.PipelineProtocol.Verdict;

/**
 * Pipeline PSRO's manager (McAleer et al. 2020): a pure, single-threaded state machine with no
 * threads or clocks of its own (callers pass the time in epoch millis), driven by a thread engine
 * or a cluster singleton that turns {@link PipelineProtocol} messages into calls. Each player's
 * level 0 is its initial policy, fixed from the start; workers claim the lowest free level (over
 * all players), train it against the meta-strategy of the payoff table restricted to lower levels
 * (refreshed every {@code refresh} counts), and are told to submit once every lower level is fixed
 * and the {@link PlateauRule} fires. A submitted policy is evaluated against the fixed ones before
 * it is fixed. Leases expire without heartbeats; an expired level keeps its last checkpoint for the
 * next claimer. Not thread-safe: callers serialise access.
 */
public final class PipelineManager {

  final PipelineSettings settings;
  final MetaSolver solver;
  final PlateauRule rule;
  final List<List<Level>> levels = new ArrayList<>();
  final PayoffTable table = new PayoffTable();
  final List<LevelEvent> timeline = new ArrayList<>();
  final EntryRequests requests = new EntryRequests();
  final SolveCache solves = new SolveCache(16);
  long promotions;
  long tableUpdates;
  private long fixedReserved = -1;

  /**
   * A manager whose players start from {@code initialPolicies} (one blob per player, level 0,
   * fixed); their entry is requested at once.
   */
  public PipelineManager(
      PipelineSettings settings, MetaSolver solver, List<byte[]> initialPolicies, long nowMillis) {
    this(settings, solver, initialPolicies.size());
    for (int p = 0; p < initialPolicies.size(); p++) {
      Level l = new Level(p, 0);
      l.phase = LevelPhase.FIXED;
      l.version = 1;
      l.policy = initialPolicies.get(p).clone();
      levels.get(p).add(l);
      timeline.add(new LevelEvent(nowMillis, "fix", p, 0, "", "initial policy"));
    }
    requests.requestMissing(levels, table);
  }

  PipelineManager(PipelineSettings settings, MetaSolver solver, int players) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.solver = Objects.requireNonNull(solver, "solver");
    if (players < 1) {
      throw new IllegalArgumentException("players " + players + " must be at least 1");
    }
    this.rule = new PlateauRule(settings);
    for (int p = 0; p < players; p++) {
      levels.add(new ArrayList<>());
    }
  }

  /** The settings. */
  public PipelineSettings settings() {
    return settings;
  }

  /** Number of players. */
  public int players() {
    return levels.size();
  }

  /**
   * Grants {@code worker} the lowest free level over all players (a level left by an expired lease
   * before a new one), or empty when every level up to the budget is taken or done. A worker that
   * already holds a lease gets it back.
   */
  public Optional<Assignment> claim(String worker, long nowMillis) {
    Objects.requireNonNull(worker, "worker");
    Level held = heldBy(worker);
    if (held == null) {
      held = lowestFree();
      if (held == null) {
        return Optional.empty();
      }
      if (held.index == levels.get(held.player).size()) {
        levels.get(held.player).add(held);
      }
      held.lease = new Lease(worker, held.player, held.index, nowMillis + settings.leaseMillis());
      // The steps the claimer starts from: its checkpoint's own count (the level's last reports
      // may have run past the checkpoint of a worker that died), else the level's count.
      long start =
          held.checkpoint == null ? held.steps : Blobs.checkpointSteps(held.checkpoint, held.steps);
      timeline.add(
          new LevelEvent(nowMillis, "claim", held.player, held.index, worker, "steps " + start));
      requests.requestMissing(levels, table);
    }
    if (held.mix == null) {
      held.mix = LowerLevelMixes.solve(levels, table, this::solve, held, 0);
      held.mixSteps = settings.count(held.steps, held.episodes);
      held.mixPromotions = promotions;
    }
    return Optional.of(
        new Assignment(
            held.lease,
            held.checkpoint == null ? null : held.checkpoint.clone(),
            held.steps,
            held.episodes,
            held.mix));
  }

  private Level lowestFree() {
    for (int index = 1; index <= settings.levels(); index++) {
      for (int p = 0; p < players(); p++) {
        List<Level> mine = levels.get(p);
        if (index < mine.size() && mine.get(index).claimable()) {
          return mine.get(index);
        }
        if (index == mine.size()) {
          return new Level(p, index);
        }
      }
    }
    return null;
  }

  private Level heldBy(String worker) {
    for (List<Level> mine : levels) {
      for (Level l : mine) {
        if (l.lease != null && l.lease.worker().equals(worker)) {
          return l;
        }
      }
    }
    return null;
  }

  private Level leased(String worker, int player, int level) {
    if (player < 0 || player >= players() || level < 0 || level >= levels.get(player).size()) {
      return null;
    }
    Level l = levels.get(player).get(level);
    return l.lease != null && l.lease.worker().equals(worker) ? l : null;
  }

  /** Extends {@code worker}'s lease; false when it holds none (it expired). */
  public boolean heartbeat(String worker, long nowMillis) {
    Level l = heldBy(worker);
    if (l == null) {
      return false;
    }
    l.lease = new Lease(worker, l.player, l.index, nowMillis + settings.leaseMillis());
    return true;
  }

  /**
   * Records a progress report (extending the lease) and says what to do next: {@code SUBMIT} when
   * every lower level is fixed and the plateau rule fires, {@code RETARGET} when the level's
   * opponent mixture changed at a refresh (every {@code refresh} counts, and at the first report
   * after any level was fixed, so a level started while a lower one was finishing trains against
   * the table with it as soon as it is fixed, not up to {@code refresh} counts later), {@code LOST}
   * when the worker holds no lease on it, or when a lower level of any player is free (its worker
   * died): the worker then gives its level up, which keeps its last checkpoint, and claims the
   * lower one. Without this, a level above a dead worker's could never be fixed while every
   * remaining worker trains a higher level, and a run with no level cap would train on forever.
   */
  public Verdict progress(Progress msg, long nowMillis) {
    Level l = leased(msg.worker(), msg.player(), msg.level());
    if (l == null) {
      return Verdict.LOST;
    }
    Level free = lowestFree();
    // lowestFree's level is a new one only at the top of a player's list, never below a held one.
    if (free != null && free.index < l.index && free.index < levels.get(free.player).size()) {
      timeline.add(
          new LevelEvent(
              nowMillis,
              "yield",
              l.player,
              l.index,
              msg.worker(),
              "to p" + free.player + " level " + free.index + " (free), steps " + l.steps));
      l.lease = null;
      return Verdict.LOST;
    }
    l.lease = new Lease(msg.worker(), l.player, l.index, nowMillis + settings.leaseMillis());
    l.steps = msg.steps();
    l.episodes = msg.episodes();
    l.reward = msg.reward();
    long count = settings.count(msg.steps(), msg.episodes());
    PlateauRule.Decision d = rule.decide(l.plateau, count, msg.reward(), lowerFixed(l));
    l.plateau = d.memory();
    if (d.fix()) {
      l.fixReason = d.reason();
      return Verdict.SUBMIT;
    }
    if (count - l.mixSteps >= settings.refresh() || l.mixPromotions != promotions) {
      l.mixSteps = count;
      l.mixPromotions = promotions;
      OpponentMix fresh =
          LowerLevelMixes.solve(
              levels, table, this::solve, l, l.mix == null ? 0 : l.mix.version() + 1);
      if (l.mix == null || !Arrays.deepEquals(fresh.weights(), l.mix.weights())) {
        l.mix = fresh;
        return Verdict.RETARGET;
      }
    }
    return Verdict.CONTINUE;
  }

  /** The current opponent mixture of a level (null before its first claim). */
  public OpponentMix mix(int player, int level) {
    return levels.get(player).get(level).mix;
  }

  /** Whether every player's levels below {@code l} are fixed. */
  private boolean lowerFixed(Level l) {
    for (List<Level> mine : levels) {
      for (int k = 0; k < l.index; k++) {
        if (k >= mine.size() || mine.get(k).phase != LevelPhase.FIXED) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Stores a snapshot of a leased level: its policy becomes the level's next version (entries
   * measured with the old one turn stale and are requested again) and its checkpoint, when given,
   * the one a later claimer resumes from. False when the worker holds no lease on it.
   */
  public boolean snapshot(Snapshot msg, long nowMillis) {
    Level l = leased(msg.worker(), msg.player(), msg.level());
    if (l == null) {
      return false;
    }
    l.lease = new Lease(msg.worker(), l.player, l.index, nowMillis + settings.leaseMillis());
    l.policy = msg.policy().clone();
    l.version++;
    l.steps = Math.max(l.steps, msg.steps());
    l.episodes = Math.max(l.episodes, msg.episodes());
    if (msg.checkpoint() != null) {
      l.checkpoint = msg.checkpoint().clone();
    }
    requests.requestMissing(levels, table);
    return true;
  }

  /**
   * Takes a level's final policy: the lease ends and the level waits for its entries against the
   * fixed policies, then is fixed. False when the worker holds no lease on it or the lower levels
   * are not all fixed (a level is fixed only after every lower one).
   */
  public boolean submit(Submission msg, long nowMillis) {
    Level l = leased(msg.worker(), msg.player(), msg.level());
    if (l == null || !lowerFixed(l)) {
      return false;
    }
    l.lease = null;
    l.policy = msg.policy().clone();
    l.version++;
    l.steps = Math.max(l.steps, msg.steps());
    l.episodes = Math.max(l.episodes, msg.episodes());
    l.phase = LevelPhase.EVALUATING;
    timeline.add(new LevelEvent(nowMillis, "submit", l.player, l.index, msg.worker(), l.fixReason));
    requests.requestMissing(levels, table);
    fixEvaluated(nowMillis);
    return true;
  }

  /** Ends every lease that expired by {@code nowMillis}; their levels keep their checkpoints. */
  public List<Lease> expire(long nowMillis) {
    List<Lease> out = new ArrayList<>();
    for (List<Level> mine : levels) {
      for (Level l : mine) {
        if (l.lease != null && l.lease.expiresAt() <= nowMillis) {
          out.add(l.lease);
          timeline.add(
              new LevelEvent(
                  nowMillis, "expire", l.player, l.index, l.lease.worker(), "steps " + l.steps));
          l.lease = null;
        }
      }
    }
    return out;
  }

  /** Releases {@code worker}'s lease at once (a worker that stops cleanly). */
  public void release(String worker, long nowMillis) {
    Level l = heldBy(worker);
    if (l != null) {
      timeline.add(new LevelEvent(nowMillis, "release", l.player, l.index, worker, ""));
      l.lease = null;
    }
  }

  /** Hands out every queued evaluation (each once; see {@link #abandon}). */
  public List<EvaluationRequest> takeEvaluations() {
    return requests.take();
  }

  /** Puts an evaluation whose evaluator went away back in the queue. */
  public void abandon(long requestId) {
    requests.abandon(requestId);
  }

  /**
   * Whether {@code request} still names the current versions of its slots (a stale one need not be
   * evaluated: its replacement is queued).
   */
  public boolean isCurrent(EvaluationRequest request) {
    return Arrays.equals(request.versions(), EntryRequests.versionsOf(levels, request.slots()));
  }

  /** A level's current policy version (0 before its first snapshot). */
  public int policyVersion(int player, int level) {
    return levels.get(player).get(level).version;
  }

  /** The current policy blob of a level (null before its first snapshot). */
  public byte[] policyBlob(int player, int level) {
    byte[] b = levels.get(player).get(level).policy;
    return b == null ? null : b.clone();
  }

  /**
   * Records an evaluation's result (ignored when its versions are stale) and fixes every evaluating
   * level whose entries against the fixed policies are now complete.
   */
  public void complete(EvaluationResult result, long nowMillis) {
    EvaluationRequest r = requests.answered(result.id());
    if (r == null || !isCurrent(r)) {
      return;
    }
    table.put(
        r.slots(),
        new PayoffTable.Entry(
            r.versions(), result.mean().clone(), result.variance().clone(), result.episodes()));
    tableUpdates++;
    fixEvaluated(nowMillis);
  }

  private void fixEvaluated(long nowMillis) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<Level> mine : levels) {
        for (Level l : mine) {
          if (l.phase == LevelPhase.EVALUATING && entriesComplete(l)) {
            l.phase = LevelPhase.FIXED;
            promotions++;
            timeline.add(new LevelEvent(nowMillis, "fix", l.player, l.index, "", l.fixReason));
            changed = true;
          }
        }
      }
    }
  }

  /** Whether every entry of {@code l} against fixed or evaluating co-player slots is current. */
  private boolean entriesComplete(Level l) {
    List<List<Integer>> slots = new ArrayList<>();
    for (int p = 0; p < players(); p++) {
      List<Integer> s = new ArrayList<>();
      if (p == l.player) {
        s.add(l.index);
      } else {
        for (Level o : levels.get(p)) {
          if (o.phase != LevelPhase.ACTIVE) {
            s.add(o.index);
          }
        }
      }
      slots.add(s);
    }
    for (int[] profile : EntryRequests.profiles(slots)) {
      if (!table.current(profile, EntryRequests.versionsOf(levels, profile))) {
        return false;
      }
    }
    return true;
  }

  /** Each player's fixed levels, in order (level 0 first). */
  public List<List<Integer>> fixedLevels() {
    List<List<Integer>> out = new ArrayList<>();
    for (List<Level> mine : levels) {
      out.add(mine.stream().filter(l -> l.phase == LevelPhase.FIXED).map(l -> l.index).toList());
    }
    return out;
  }

  /**
   * Each player's slots in the run state: its levels up to the first one without a policy (fixed
   * levels first, since a level is fixed only after every lower one).
   */
  public int[] stateSizes() {
    int[] sizes = new int[players()];
    for (int p = 0; p < sizes.length; p++) {
      for (Level l : levels.get(p)) {
        if (!l.hasPolicy()) {
          break;
        }
        sizes[p]++;
      }
    }
    return sizes;
  }

  /**
   * The solver's meta-strategy on the fixed payoff table (strategy k of player p is its k-th fixed
   * level), the run's current answer; null while the table has a missing entry.
   */
  public MetaStrategy fixedMetaStrategy() {
    EmpiricalGame game = table.restrict(fixedLevels());
    return game == null ? null : solve(game);
  }

  /** The solver's answer on {@code game}, from memory when the same game was solved recently. */
  private MetaStrategy solve(EmpiricalGame game) {
    return solves.solve(solver, game);
  }

  /**
   * The games this manager is about to hand its solver and has no answer for, each reserved for the
   * caller to solve outside the manager's lock and hand back with {@link #remember}: for {@code
   * worker} null, the fixed table (once per promotion; {@link #fixedMetaStrategy} solves it); else,
   * at {@code count}, the lower-level table of the worker's level when its next report refreshes
   * the level's mixture, or of the lowest free level when it holds none (its next claim). An engine
   * solves these in its own threads so other callers do not wait on the lock meanwhile; the answers
   * are the ones the manager would compute, so results do not change.
   */
  public List<EmpiricalGame> reserveSolves(String worker, long count) {
    List<EmpiricalGame> candidates = new ArrayList<>();
    if (worker == null && fixedReserved != promotions) {
      // Fixed entries never change, so the fixed table changes only with a promotion.
      fixedReserved = promotions;
      candidates.add(table.restrict(fixedLevels()));
    }
    if (worker != null) {
      candidates.add(dueGame(worker, count));
    }
    List<EmpiricalGame> out = new ArrayList<>();
    for (EmpiricalGame g : candidates) {
      if (g != null && solves.reserve(g)) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * Whether a game that the next call of {@code worker} (null: the fixed table's solve) would hand
   * its solver is being solved now by another caller that {@link #reserveSolves reserved} it. An
   * engine waits for that answer rather than calling on: the manager would solve the game again
   * under its lock, so the threads would wait for two solves instead of one.
   */
  public boolean awaitingSolve(String worker, long count) {
    EmpiricalGame g = worker == null ? table.restrict(fixedLevels()) : dueGame(worker, count);
    return g != null && solves.pending(g);
  }

  /**
   * Gives up the reservation of {@code game} by a caller whose solve failed, so no one waits for
   * it; the manager solves it itself when it needs it.
   */
  public void unreserve(EmpiricalGame game) {
    solves.unreserve(game);
  }

  /**
   * The lower-level table of {@code worker}'s level when its next report at {@code count} refreshes
   * the level's mixture, or of the lowest free level when it holds none (its next claim); null when
   * no solve is due.
   */
  private EmpiricalGame dueGame(String worker, long count) {
    Level held = heldBy(worker);
    Level next = held != null ? held : lowestFree();
    boolean due =
        next != null
            && (next.mix == null
                || held != null
                    && (count - held.mixSteps >= settings.refresh()
                        || held.mixPromotions != promotions));
    return due ? LowerLevelMixes.game(levels, table, next) : null;
  }

  /** Keeps the solver's {@code answer} on a game from {@link #reserveSolves}. */
  public void remember(EmpiricalGame game, MetaStrategy answer) {
    solves.remember(game, answer);
  }

  /** Meta-solves run so far and answered from memory so far, as {@code [run, remembered]}. */
  public long[] solveCounts() {
    return new long[] {solves.misses(), solves.hits()};
  }

  /** A level's phase; {@code null} for a level nobody has claimed yet. */
  public LevelPhase phase(int player, int level) {
    List<Level> mine = levels.get(player);
    return level < mine.size() ? mine.get(level).phase : null;
  }

  /** The worker holding a level's lease, or null. */
  public Lease lease(int player, int level) {
    return levels.get(player).get(level).lease;
  }

  /** The counts trained in a level so far (as last reported). */
  public long steps(int player, int level) {
    return levels.get(player).get(level).steps;
  }

  /** The level's last learner checkpoint (null when none). */
  public byte[] checkpoint(int player, int level) {
    byte[] c = levels.get(player).get(level).checkpoint;
    return c == null ? null : c.clone();
  }

  /** Whether every player has fixed {@code levels} levels beyond its initial policy. */
  public boolean finished() {
    for (List<Level> mine : levels) {
      long fixed = mine.stream().filter(l -> l.phase == LevelPhase.FIXED).count();
      if (fixed < settings.levels() + 1) {
        return false;
      }
    }
    return true;
  }

  /** Levels fixed by submission so far (initial policies not counted). */
  public long promotions() {
    return promotions;
  }

  /** Payoff entries recorded so far. */
  public long tableUpdates() {
    return tableUpdates;
  }

  /** Episodes trained in all levels so far (as last reported). */
  public long totalEpisodes() {
    return levels.stream().flatMap(List::stream).mapToLong(l -> l.episodes).sum();
  }

  /** Counts trained in all levels so far (as last reported). */
  public long totalSteps() {
    return levels.stream().flatMap(List::stream).mapToLong(l -> l.steps).sum();
  }

  /** The level timeline so far (claims, submissions, fixes, expiries). */
  public List<LevelEvent> timeline() {
    return List.copyOf(timeline);
  }
}
