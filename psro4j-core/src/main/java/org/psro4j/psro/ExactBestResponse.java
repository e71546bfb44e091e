package org.psro4j.psro;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.psro4j.exact.BestResponse;
import org.psro4j.exact.BestResponseResult;
import org.psro4j.exact.GameTree;
import org.psro4j.game.Game;
import org.psro4j.game.GameType;
import org.psro4j.policy.PolicyAggregator;

/**
 * The exact best-response oracle for games small enough to walk: one pass over the flattened {@link
 * GameTree} weighted by the co-players' (and chance's) reach — the realization-weighted aggregate
 * for independent co-players, the weighted sum of per-profile reaches for correlated ones.
 * Deterministic; ties go to the lowest action.
 */
public final class ExactBestResponse implements BestResponseOracle {

  private volatile PolicyVectors lastVectors;

  /** Games with more tree nodes than this are refused (walking them would take too long). */
  public static final int MAX_NODES = 4_000_000;

  @Override
  public String name() {
    return "exact";
  }

  @Override
  public void checkSupports(Game game) {
    requireWalkable(game, "the exact oracle");
  }

  /** Why a game (by its string) cannot be walked, or "" when it can; decided once per game. */
  private static final Map<String, String> UNWALKABLE = new ConcurrentHashMap<>();

  /**
   * The game's tree, or an exception saying why it cannot be walked and what to use instead (games
   * with continuous actions never can). The verdict is kept per game string, so the evaluator,
   * oracle and gap of a run walk no tree twice.
   */
  public static GameTree requireWalkable(Game game, String who) {
    if (game.hasContinuousActions()) {
      throw new IllegalArgumentException(
          who
              + " cannot walk "
              + game
              + ": its actions are continuous (vectors in [0,1]^"
              + game.continuousActionSize()
              + "), so there is no tree to enumerate; use a continuous-action oracle (--oracle sac"
              + " or --oracle crossq) with sampled entries (--episodes N)");
    }
    String why = UNWALKABLE.computeIfAbsent(game.toString(), k -> whyUnwalkable(game));
    if (why.isEmpty()) {
      return GameTree.of(game);
    }
    throw new IllegalArgumentException(
        who
            + " cannot walk "
            + game
            + ": "
            + why
            + "; use a reinforcement-learning oracle (e.g. --oracle ppo) with sampled entries"
            + " (--episodes N)");
  }

  private static String whyUnwalkable(Game game) {
    if (game.type().chance() == GameType.ChanceMode.SAMPLED_STOCHASTIC) {
      return "its chance is sampled, not enumerable";
    }
    if (!game.type().providesInformationStateString()) {
      return "it has no information-state strings";
    }
    if (TreeSize.exceeds(game, MAX_NODES)) {
      return "its tree has more than " + MAX_NODES + " nodes";
    }
    try {
      GameTree.of(game);
      return "";
    } catch (IllegalArgumentException | IllegalStateException e) {
      return e.getMessage();
    }
  }

  @Override
  public OracleResult bestResponse(BestResponseTask task) {
    long start = System.nanoTime();
    GameTree tree = GameTree.of(task.game());
    PolicyVectors v = lastVectors;
    if (v == null || v.tree() != tree) {
      v = PolicyVectors.of(tree);
      lastVectors = v; // held while this oracle lives, so the run's cache stays while it is used
    }
    double[] reach = coPlayerReach(v, task.opponents());
    BestResponseResult br = BestResponse.ofReach(v.tree(), task.player(), reach);
    return new OracleResult(br.policy(), br.value(), 0, 0, 0, (System.nanoTime() - start) / 1e9);
  }

  /** Reach of every node by chance and the co-players of the learner, mixed as {@code opp} says. */
  static double[] coPlayerReach(PolicyVectors v, Opponents opp) {
    GameTree tree = v.tree();
    int learner = opp.learner();
    return switch (opp) {
      case Opponents.Independent ind -> {
        // Only the co-players are aggregated: the learner's weights may be anything (even 0).
        double[] strategy = new double[tree.numSlots()];
        for (int q = 0; q < tree.numPlayers(); q++) {
          if (q != learner) {
            int player = q;
            var population = ind.populations().get(q);
            PolicyAggregator.aggregate(
                tree,
                q,
                population.size(),
                ind.weights()[q],
                k -> v.slots(player, population.get(k)),
                strategy);
          }
        }
        yield BestResponse.counterfactualReach(tree, learner, strategy);
      }
      case Opponents.Correlated cor -> {
        double[] reach = new double[tree.numNodes()];
        for (int k = 0; k < cor.profiles().size(); k++) {
          double w = cor.weights()[k];
          if (w <= 0) {
            continue;
          }
          var profile = cor.profiles().get(k).clone();
          profile[learner] = null;
          double[] r = BestResponse.counterfactualReach(tree, learner, v.strategy(profile));
          for (int i = 0; i < reach.length; i++) {
            reach[i] += w * r[i];
          }
        }
        yield reach;
      }
    };
  }
}
