package org.psro4j.psro;

import java.util.List;
import org.psro4j.exact.BestResponse;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.exact.Exploitability;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyAggregator;

/**
 * Exact full-game gaps of a meta-strategy, by tree walks: NashConv of the realization-weighted
 * aggregate of a PSRO meta-strategy, and the best-response value against a correlated co-player
 * distribution for JPSRO's CCE/CE gaps. Public for drivers outside this package (symmetric NeuPL).
 */
public final class ExactGaps {

  private final PolicyVectors vectors;

  /** The gaps of {@code game}; throws {@link IllegalArgumentException} if its tree is too big. */
  public ExactGaps(Game game) {
    this.vectors = PolicyVectors.of(ExactBestResponse.requireWalkable(game, "the exact gap"));
  }

  /** NashConv of the profile that plays each player's population mixed by its marginal. */
  public double nashConv(List<? extends List<? extends Policy>> populations, double[][] marginals) {
    // Each policy's vector comes from the run's cache, read once instead of once per iteration.
    double[] strategy =
        PolicyAggregator.aggregate(
            vectors.tree(), populations, java.util.Arrays.asList(marginals), vectors::slots);
    return Exploitability.nashConv(vectors.tree(), strategy).nashConv();
  }

  /** The value of the learner's best response to {@code opponents}. */
  double bestResponseValue(Opponents opponents) {
    double[] reach = ExactBestResponse.coPlayerReach(vectors, opponents);
    return BestResponse.ofReach(vectors.tree(), opponents.learner(), reach).value();
  }

  /** Exact expected returns of every player under a full profile. */
  double[] returns(Policy[] profile) {
    return ExpectedReturns.of(vectors.tree(), vectors.strategy(profile));
  }
}
