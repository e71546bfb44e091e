package org.psro4j.pipeline;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psro4j.metagame.EmpiricalGame;

/**
 * The Pipeline manager's payoff entries over level slots, each remembering the policy versions it
 * was measured at, so a newer snapshot of an active level makes its entries stale rather than
 * wrong. Restrictions to slot subsets become {@link EmpiricalGame}s for the meta-solver; the latest
 * ones are kept until an entry changes, since the manager asks for the same restriction again and
 * again under its lock (each worker report, each wake-up of a thread awaiting a solve) while the
 * table itself changes only with an evaluation.
 */
final class PayoffTable {

  /** One measured entry. */
  record Entry(int[] versions, double[] mean, double[] variance, long episodes) {}

  /** Restrictions kept between entry changes. */
  private static final int KEPT_RESTRICTIONS = 8;

  private final Map<List<Integer>, Entry> entries = new HashMap<>();

  /** The latest restrictions (an empty Optional: an entry was missing), until an entry changes. */
  private final Map<List<List<Integer>>, Optional<EmpiricalGame>> restrictions =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(
            Map.Entry<List<List<Integer>>, Optional<EmpiricalGame>> e) {
          return size() > KEPT_RESTRICTIONS;
        }
      };

  static List<Integer> key(int[] slots) {
    return Arrays.stream(slots).boxed().toList();
  }

  void put(int[] slots, Entry entry) {
    entries.put(key(slots), entry);
    restrictions.clear();
  }

  Entry get(int[] slots) {
    return entries.get(key(slots));
  }

  Map<List<Integer>, Entry> all() {
    return Collections.unmodifiableMap(entries);
  }

  /** Whether the entry exists and was measured at exactly {@code versions}. */
  boolean current(int[] slots, int[] versions) {
    Entry e = entries.get(key(slots));
    return e != null && Arrays.equals(e.versions(), versions);
  }

  /**
   * The game restricted to {@code slots.get(p)} for each player (strategy k of player p is slot
   * {@code slots.get(p).get(k)}), or null when an entry is missing; an immutable snapshot, the same
   * one until an entry changes.
   */
  EmpiricalGame restrict(List<List<Integer>> slots) {
    List<List<Integer>> key = slots.stream().map(List::copyOf).toList();
    Optional<EmpiricalGame> kept = restrictions.get(key);
    if (kept == null) {
      kept = Optional.ofNullable(build(key));
      restrictions.put(key, kept);
    }
    return kept.orElse(null);
  }

  private EmpiricalGame build(List<List<Integer>> slots) {
    int n = slots.size();
    EmpiricalGame game = new EmpiricalGame(n);
    for (int p = 0; p < n; p++) {
      for (int s : slots.get(p)) {
        game.addStrategy(p, "p" + p + "_level" + s);
      }
    }
    for (int flat = 0; flat < game.jointSize(); flat++) {
      int[] profile = game.profile(flat);
      int[] at = new int[n];
      for (int p = 0; p < n; p++) {
        at[p] = slots.get(p).get(profile[p]);
      }
      Entry e = entries.get(key(at));
      if (e == null) {
        return null;
      }
      if (e.episodes() == 0) {
        game.setExact(profile, e.mean());
      } else {
        game.setSampled(profile, e.mean(), e.variance(), e.episodes());
      }
    }
    return game.snapshot();
  }
}
