package org.psro4j.cli.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.psro4j.metagame.EmpiricalGame;

/**
 * Every player's meta-game payoffs as a heat map: player p's policies on the rows against the next
 * player's on the columns; with more than two players the others are averaged out under the final
 * meta-strategy's marginals (the title says so).
 */
final class PayoffPlots {

  private PayoffPlots() {}

  /** {@code payoffs_pP.png} for every player (at most {@code maxPlayers}). */
  static Map<String, byte[]> draw(EmpiricalGame game, double[][] marginals, int maxPlayers) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    int n = game.players();
    if (n < 2 || !game.isComplete()) {
      return out;
    }
    for (int p = 0; p < Math.min(n, maxPlayers); p++) {
      int q = (p + 1) % n;
      double[][] values = new double[game.size(p)][game.size(q)];
      double[][] mass = new double[game.size(p)][game.size(q)];
      for (int flat = 0; flat < game.jointSize(); flat++) {
        int[] profile = game.profile(flat);
        double w = 1;
        for (int o = 0; o < n; o++) {
          if (o != p && o != q) {
            w *= weight(marginals, o, profile[o], game.size(o));
          }
        }
        values[profile[p]][profile[q]] += w * game.payoff(p, flat);
        mass[profile[p]][profile[q]] += w;
      }
      for (int r = 0; r < values.length; r++) {
        for (int c = 0; c < values[r].length; c++) {
          values[r][c] = mass[r][c] > 0 ? values[r][c] / mass[r][c] : 0;
        }
      }
      String title = "Meta-game payoff of player " + p;
      if (n > 2) {
        title += " (others under the final meta-strategy)";
      }
      out.put(
          "payoffs_p" + p + ".png",
          HeatMaps.payoffs(
              title, "player " + p + " policy (index)", "player " + q + " policy (index)", values));
    }
    return out;
  }

  /** Player o's final weight on policy k; uniform when the marginals do not cover it. */
  private static double weight(double[][] marginals, int o, int k, int size) {
    if (marginals == null || o >= marginals.length || marginals[o].length != size) {
      return 1.0 / size;
    }
    return marginals[o][k];
  }
}
