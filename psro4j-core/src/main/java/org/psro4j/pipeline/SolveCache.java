package org.psro4j.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;

/**
 * The Pipeline manager's memory of its last meta-solves (McAleer et al. 2020 solve the restricted
 * table at every claim, refresh and promotion): a game equal in strategy names and every entry
 * (means, variances, sample counts) to one solved recently gets the same answer without solving
 * again. Meta-solvers are deterministic functions of the game, so this changes cost, not results.
 * While every lower level is fixed, a level's refreshes and both players' claims of a level see the
 * same table; on Leduc that was most of the solves.
 */
final class SolveCache {

  private final int capacity;
  private final Map<Key, MetaStrategy> answers;
  private final Set<Key> pending = new HashSet<>();
  private long hits;
  private long misses;

  /** A cache of the last {@code capacity} answers. */
  SolveCache(int capacity) {
    this.capacity = capacity;
    this.answers = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** {@code solver}'s answer on {@code game}, remembered. */
  MetaStrategy solve(MetaSolver solver, EmpiricalGame game) {
    Key key = Key.of(game);
    MetaStrategy known = answers.get(key);
    if (known != null) {
      hits++;
      return known;
    }
    misses++;
    MetaStrategy answer;
    synchronized (solver) {
      answer = solver.solve(game);
    }
    put(key, answer);
    return answer;
  }

  /**
   * Marks {@code game} as being solved by a caller outside the manager's lock ({@link #remember}
   * ends the mark); false when its answer is known or another caller is solving it already.
   */
  boolean reserve(EmpiricalGame game) {
    Key key = Key.of(game);
    return !answers.containsKey(key) && pending.add(key);
  }

  /** Whether another caller {@link #reserve}d {@code game} and has not handed its answer back. */
  boolean pending(EmpiricalGame game) {
    return !pending.isEmpty() && pending.contains(Key.of(game));
  }

  /** Ends the mark of {@link #reserve} without an answer (the caller's solve failed). */
  void unreserve(EmpiricalGame game) {
    pending.remove(Key.of(game));
  }

  /**
   * Keeps {@code answer}, solved outside the manager's lock on a game {@link #reserve}d before
   * (counted as a solve run), so the manager's own solve of an equal game is answered from memory.
   * Solving under the solver's monitor (as {@link #solve} does) keeps a solver from running in two
   * threads at once.
   */
  void remember(EmpiricalGame game, MetaStrategy answer) {
    Key key = Key.of(game);
    pending.remove(key);
    if (!answers.containsKey(key)) {
      misses++;
      put(key, answer);
    }
  }

  private void put(Key key, MetaStrategy answer) {
    answers.put(key, answer);
    if (answers.size() > capacity) {
      answers.remove(answers.keySet().iterator().next());
    }
  }

  /** Solves answered from memory so far. */
  long hits() {
    return hits;
  }

  /** Solves run so far. */
  long misses() {
    return misses;
  }

  /** Strategy names per player and every entry's means, variances and counts, in flat order. */
  private record Key(List<List<String>> names, double[] entries) {

    static Key of(EmpiricalGame game) {
      int n = game.players();
      List<List<String>> names = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        names.add(List.copyOf(game.names(p)));
      }
      int joint = game.jointSize();
      double[] entries = new double[joint * (2 * n + 1)];
      int at = 0;
      for (int flat = 0; flat < joint; flat++) {
        int[] profile = game.profile(flat);
        for (int p = 0; p < n; p++) {
          entries[at++] = game.payoff(p, flat);
          entries[at++] = game.variance(p, profile);
        }
        entries[at++] = game.count(profile);
      }
      return new Key(names, entries);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && names.equals(k.names) && Arrays.equals(entries, k.entries);
    }

    @Override
    public int hashCode() {
      return 31 * names.hashCode() + Arrays.hashCode(entries);
    }

    @Override
    public String toString() {
      return "Key" + names;
    }
  }
}
