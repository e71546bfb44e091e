package org.psro4j.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.pipeline.PipelineProtocol.OpponentMix;

/**
 * What a Pipeline PSRO level trains against (McAleer et al. 2020): the meta-solver's answer on the
 * payoff table restricted to the co-players' lower levels that have a policy (fixed ones plus the
 * latest snapshots of active ones), falling back to their lower fixed levels while an entry is
 * missing, and to uniform over those when even that table is incomplete.
 */
final class LowerLevelMixes {

  private LowerLevelMixes() {}

  /** The mixture of level {@code l}, numbered {@code version}. */
  static OpponentMix solve(
      List<List<Level>> levels,
      PayoffTable table,
      Function<EmpiricalGame, MetaStrategy> solver,
      Level l,
      int version) {
    List<List<Integer>> lower = lowerSlots(levels, l.index, false);
    EmpiricalGame game = table.restrict(lower);
    if (game == null) {
      lower = lowerSlots(levels, l.index, true);
      game = table.restrict(lower);
    }
    int players = levels.size();
    double[][] weights = new double[players][];
    double[][] marginals = game == null ? null : solver.apply(game).marginals();
    for (int p = 0; p < players; p++) {
      weights[p] = new double[p == l.player ? 0 : l.index];
      if (p == l.player) {
        continue;
      }
      List<Integer> s = lower.get(p);
      for (int k = 0; k < s.size(); k++) {
        weights[p][s.get(k)] = marginals == null ? 1.0 / s.size() : marginals[p][k];
      }
    }
    return new OpponentMix(l.player, l.index, version, weights);
  }

  /** The game {@link #solve} hands the solver for level {@code l} now; null when it solves none. */
  static EmpiricalGame game(List<List<Level>> levels, PayoffTable table, Level l) {
    EmpiricalGame game = table.restrict(lowerSlots(levels, l.index, false));
    return game != null ? game : table.restrict(lowerSlots(levels, l.index, true));
  }

  private static List<List<Integer>> lowerSlots(
      List<List<Level>> levels, int below, boolean fixedOnly) {
    List<List<Integer>> out = new ArrayList<>();
    for (List<Level> mine : levels) {
      List<Integer> s = new ArrayList<>();
      for (Level o : mine) {
        if (o.index < below && o.hasPolicy() && (!fixedOnly || o.phase == LevelPhase.FIXED)) {
          s.add(o.index);
        }
      }
      out.add(s);
    }
    return out;
  }
}
