package org.psro4j.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psro4j.pipeline.PipelineProtocol.EvaluationRequest;

/**
 * The manager's payoff evaluations: which profiles need a (new) entry, the queue handed to
 * evaluators, and the requests in flight. Each request names the policy versions it is for, so a
 * result that arrives after a newer snapshot is recognised as stale.
 */
final class EntryRequests {

  private final Deque<EvaluationRequest> queue = new ArrayDeque<>();
  private final Map<Long, EvaluationRequest> outstanding = new HashMap<>();
  long nextRequest;

  /** Hands out every queued request, remembering it as in flight. */
  List<EvaluationRequest> take() {
    List<EvaluationRequest> out = new ArrayList<>(queue);
    queue.clear();
    for (EvaluationRequest r : out) {
      outstanding.put(r.id(), r);
    }
    return out;
  }

  /** Puts a request in flight back at the head of the queue. */
  void abandon(long id) {
    EvaluationRequest r = outstanding.remove(id);
    if (r != null) {
      queue.addFirst(r);
    }
  }

  /** Removes and returns the request in flight with {@code id}, or null. */
  EvaluationRequest answered(long id) {
    return outstanding.remove(id);
  }

  /**
   * Queues every profile the run needs that has no current entry and no request in flight: the
   * profiles of slots with a policy below the highest level any player has, and every profile of
   * submitted or fixed slots.
   */
  void requestMissing(List<List<Level>> levels, PayoffTable table) {
    int top = 0;
    for (List<Level> mine : levels) {
      top = Math.max(top, mine.size() - 1);
    }
    Set<String> inFlight = new HashSet<>();
    for (EvaluationRequest r : queue) {
      inFlight.add(Arrays.toString(r.slots()) + Arrays.toString(r.versions()));
    }
    for (EvaluationRequest r : outstanding.values()) {
      inFlight.add(Arrays.toString(r.slots()) + Arrays.toString(r.versions()));
    }
    List<List<Integer>> slots = new ArrayList<>();
    for (List<Level> mine : levels) {
      slots.add(mine.stream().filter(Level::hasPolicy).map(l -> l.index).toList());
    }
    for (int[] profile : profiles(slots)) {
      boolean needed = true;
      boolean settled = true;
      for (int p = 0; p < profile.length; p++) {
        needed &= profile[p] < top;
        settled &= levels.get(p).get(profile[p]).phase != LevelPhase.ACTIVE;
      }
      int[] versions = versionsOf(levels, profile);
      if ((needed || settled)
          && !table.current(profile, versions)
          && inFlight.add(Arrays.toString(profile) + Arrays.toString(versions))) {
        queue.add(new EvaluationRequest(nextRequest++, profile, versions));
      }
    }
  }

  /** The current policy versions of a profile of level slots. */
  static int[] versionsOf(List<List<Level>> levels, int[] slots) {
    int[] v = new int[slots.length];
    for (int p = 0; p < slots.length; p++) {
      v[p] = levels.get(p).get(slots[p]).version;
    }
    return v;
  }

  /** Every profile with player p's slot drawn from {@code slots.get(p)}, in row-major order. */
  static List<int[]> profiles(List<List<Integer>> slots) {
    List<int[]> out = new ArrayList<>();
    int n = slots.size();
    for (List<Integer> s : slots) {
      if (s.isEmpty()) {
        return out;
      }
    }
    int[] at = new int[n];
    while (true) {
      int[] profile = new int[n];
      for (int p = 0; p < n; p++) {
        profile[p] = slots.get(p).get(at[p]);
      }
      out.add(profile);
      int p = n - 1;
      while (p >= 0 && ++at[p] == slots.get(p).size()) {
        at[p--] = 0;
      }
      if (p < 0) {
        return out;
      }
    }
  }
}
