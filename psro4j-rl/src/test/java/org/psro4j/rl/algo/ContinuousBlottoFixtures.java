package org.psro4j.rl.algo;

import java.util.List;
import java.util.SplittableRandom;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Game;
import org.psro4j.policy.ContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;

/** Opponents and Monte-Carlo values for the continuous-oracle tests on continuous_blotto. */
final class ContinuousBlottoFixtures {

  private ContinuousBlottoFixtures() {}

  /** Always plays {@code action} (a vector in [0,1]^d). */
  static ContinuousPolicy fixed(double... action) {
    return (state, player, random) -> action.clone();
  }

  /** Every entry uniform in [0,1]. */
  static ContinuousPolicy uniform(int d) {
    return (state, player, random) -> {
      double[] a = new double[d];
      for (int i = 0; i < d; i++) {
        a[i] = random.nextDouble();
      }
      return a;
    };
  }

  /**
   * Co-players of a two-player game: the other seat plays {@code policies} with {@code weights}.
   */
  static Opponents against(int learner, List<Policy> policies, double[] weights) {
    double[][] w = {weights, weights};
    return new Opponents.Independent(learner, List.of(policies, policies), w);
  }

  /** The learner's mean return over {@code episodes} games against {@code opponents}. */
  static double value(
      Game game, int learner, ContinuousPolicy policy, Opponents opponents, int episodes) {
    SplittableRandom random = new SplittableRandom(12345);
    double sum = 0;
    for (int e = 0; e < episodes; e++) {
      Policy[] profile = opponents.sample(random);
      ContinuousState state = (ContinuousState) game.newInitialState();
      double[][] joint = new double[2][];
      for (int p = 0; p < 2; p++) {
        ContinuousPolicy who = p == learner ? policy : (ContinuousPolicy) profile[p];
        joint[p] = who.sampleAction(state, p, random);
      }
      state.applyContinuous(joint);
      sum += state.returns()[learner];
    }
    return sum / episodes;
  }
}
