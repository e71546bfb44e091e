package org.psro4j.solvers;

import java.util.ArrayList;
import java.util.List;
import org.psro4j.metagame.EmpiricalGame;

/**
 * Naive gap computations written independently of {@code MetaGameGaps}: profiles enumerated as int
 * arrays, payoffs looked up with {@code mean(player, profile)}, deviations built by copying.
 */
final class ReferenceGaps {

  private ReferenceGaps() {}

  static List<int[]> profiles(int[] sizes) {
    List<int[]> all = new ArrayList<>();
    enumerate(sizes, new int[sizes.length], 0, all);
    return all;
  }

  private static void enumerate(int[] sizes, int[] current, int p, List<int[]> out) {
    if (p == sizes.length) {
      out.add(current.clone());
      return;
    }
    for (int s = 0; s < sizes[p]; s++) {
      current[p] = s;
      enumerate(sizes, current, p + 1, out);
    }
  }

  static double probability(double[][] marginals, int[] profile) {
    double w = 1;
    for (int p = 0; p < profile.length; p++) {
      w *= marginals[p][profile[p]];
    }
    return w;
  }

  static double nashConv(EmpiricalGame g, double[][] marginals) {
    double total = 0;
    for (int p = 0; p < g.players(); p++) {
      double value = 0;
      double[] deviation = new double[g.size(p)];
      for (int[] a : profiles(g.sizes())) {
        double w = probability(marginals, a);
        value += w * g.mean(p, a);
      }
      // u_p(t, σ_−p): weight of the others only.
      for (int t = 0; t < g.size(p); t++) {
        double u = 0;
        for (int[] a : profiles(g.sizes())) {
          if (a[p] != t) {
            continue;
          }
          double w = 1;
          for (int q = 0; q < g.players(); q++) {
            if (q != p) {
              w *= marginals[q][a[q]];
            }
          }
          u += w * g.mean(p, a);
        }
        deviation[t] = u;
      }
      double best = Double.NEGATIVE_INFINITY;
      for (double d : deviation) {
        best = Math.max(best, d);
      }
      total += Math.max(0, best - value);
    }
    return total;
  }

  static double cceGap(EmpiricalGame g, double[] joint) {
    List<int[]> all = profiles(g.sizes());
    double total = 0;
    for (int p = 0; p < g.players(); p++) {
      double best = 0;
      for (int t = 0; t < g.size(p); t++) {
        double gain = 0;
        for (int i = 0; i < all.size(); i++) {
          int[] a = all.get(i);
          int[] b = a.clone();
          b[p] = t;
          gain += joint[i] * (g.mean(p, b) - g.mean(p, a));
        }
        best = Math.max(best, gain);
      }
      total += best;
    }
    return total;
  }

  static double ceGap(EmpiricalGame g, double[] joint) {
    List<int[]> all = profiles(g.sizes());
    double total = 0;
    for (int p = 0; p < g.players(); p++) {
      for (int s = 0; s < g.size(p); s++) {
        double best = 0;
        for (int t = 0; t < g.size(p); t++) {
          double gain = 0;
          for (int i = 0; i < all.size(); i++) {
            int[] a = all.get(i);
            if (a[p] != s) {
              continue;
            }
            int[] b = a.clone();
            b[p] = t;
            gain += joint[i] * (g.mean(p, b) - g.mean(p, a));
          }
          best = Math.max(best, gain);
        }
        total += best;
      }
    }
    return total;
  }
}
