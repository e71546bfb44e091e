package org.psro4j.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Many exact profile returns at once, as a multilinear contraction over terminal reaches: the
 * returns of profile (a_0, …, a_{n−1}) are Σ_z chance(z)·u(z)·Π_p reach_{p,a_p}(z). Profiles that
 * share the policies of players 0..n−3 form a block; the block's prefix reach Π_{p<n−2} reach_p is
 * computed once, and each of its (player n−2, player n−1) pairs is summed only over the terminals
 * an anchor — the side of the pair with more partners in the block — reaches: the anchor's weights
 * are gathered once into compact arrays, after which a partner costs O(players × anchor support).
 * Policies from exact best responses are pure, so an anchor reaches a small part of the terminals.
 * Blocks are independent and can run on a thread pool ({@link #jobs}). The terms summed are those
 * of {@link ProfileEvaluator#returns}, in the same terminal order, so results agree to rounding.
 */
public final class ProfileBlocks {

  private ProfileBlocks() {}

  /**
   * One job per block of {@code profiles}; running every job fills {@code out[k]} with the returns
   * of {@code profiles.get(k)} (an array of one double per player).
   */
  public static List<Runnable> jobs(
      ProfileEvaluator evaluator, List<int[]> profiles, double[][] out) {
    Objects.requireNonNull(evaluator, "evaluator");
    int n = evaluator.tree().numPlayers();
    Map<List<Integer>, List<Integer>> blocks = new LinkedHashMap<>();
    for (int k = 0; k < profiles.size(); k++) {
      int[] profile = profiles.get(k);
      if (profile.length != n) {
        throw new IllegalArgumentException(
            "a profile has one policy index per player (" + n + "), not " + profile.length);
      }
      List<Integer> prefix = new ArrayList<>(n - 2);
      for (int p = 0; p < n - 2; p++) {
        prefix.add(profile[p]);
      }
      blocks.computeIfAbsent(prefix, x -> new ArrayList<>()).add(k);
    }
    List<Runnable> jobs = new ArrayList<>();
    for (List<Integer> members : blocks.values()) {
      jobs.add(() -> block(evaluator, profiles, members, out));
    }
    return jobs;
  }

  private static void block(
      ProfileEvaluator ev, List<int[]> profiles, List<Integer> members, double[][] out) {
    int n = ev.tree().numPlayers();
    int q = n - 2;
    int r = n - 1;
    int[] first = profiles.get(members.get(0));
    double[] prefix = null;
    for (int p = 0; p < q; p++) {
      double[] reach = ev.reach(p, first[p]);
      if (prefix == null) {
        prefix = reach.clone();
      } else {
        for (int t = 0; t < prefix.length; t++) {
          prefix[t] *= reach[t];
        }
      }
    }
    // Partners per anchor: a pair is anchored on the side with more pairs in this block.
    Map<Integer, Integer> qCount = new LinkedHashMap<>();
    Map<Integer, Integer> rCount = new LinkedHashMap<>();
    for (int k : members) {
      qCount.merge(profiles.get(k)[q], 1, Integer::sum);
      rCount.merge(profiles.get(k)[r], 1, Integer::sum);
    }
    Map<Integer, List<Integer>> byQ = new LinkedHashMap<>();
    Map<Integer, List<Integer>> byR = new LinkedHashMap<>();
    for (int k : members) {
      int[] profile = profiles.get(k);
      if (qCount.get(profile[q]) >= rCount.get(profile[r])) {
        byQ.computeIfAbsent(profile[q], x -> new ArrayList<>()).add(k);
      } else {
        byR.computeIfAbsent(profile[r], x -> new ArrayList<>()).add(k);
      }
    }
    for (Map.Entry<Integer, List<Integer>> e : byQ.entrySet()) {
      anchor(ev, prefix, q, e.getKey(), r, profiles, e.getValue(), out);
    }
    for (Map.Entry<Integer, List<Integer>> e : byR.entrySet()) {
      anchor(ev, prefix, r, e.getKey(), q, profiles, e.getValue(), out);
    }
  }

  /** Sums each listed profile over the terminals that the prefix and the anchor policy reach. */
  private static void anchor(
      ProfileEvaluator ev,
      double[] prefix,
      int anchorPlayer,
      int anchorIndex,
      int partnerPlayer,
      List<int[]> profiles,
      List<Integer> members,
      double[][] out) {
    int n = ev.tree().numPlayers();
    double[] reach = ev.reach(anchorPlayer, anchorIndex);
    int terminals = reach.length;
    int[] support = new int[terminals];
    double[] weight = new double[terminals];
    int size = 0;
    for (int t = 0; t < terminals; t++) {
      double w = prefix == null ? reach[t] : prefix[t] * reach[t];
      if (w != 0) {
        support[size] = t;
        weight[size++] = w;
      }
    }
    support = Arrays.copyOf(support, size);
    double[][] weighted = new double[n][size];
    for (int p = 0; p < n; p++) {
      double[] u = ev.chanceWeightedReturns(p);
      double[] wp = weighted[p];
      for (int s = 0; s < size; s++) {
        wp[s] = weight[s] * u[support[s]];
      }
    }
    for (int k : members) {
      double[] partner = ev.reach(partnerPlayer, profiles.get(k)[partnerPlayer]);
      double[] returns = new double[n];
      if (n == 2) {
        double[] w0 = weighted[0];
        double[] w1 = weighted[1];
        double r0 = 0;
        double r1 = 0;
        for (int s = 0; s < size; s++) {
          double x = partner[support[s]];
          r0 += x * w0[s];
          r1 += x * w1[s];
        }
        returns[0] = r0;
        returns[1] = r1;
      } else {
        for (int s = 0; s < size; s++) {
          double x = partner[support[s]];
          if (x != 0) {
            for (int p = 0; p < n; p++) {
              returns[p] += x * weighted[p][s];
            }
          }
        }
      }
      out[k] = returns;
    }
  }
}
