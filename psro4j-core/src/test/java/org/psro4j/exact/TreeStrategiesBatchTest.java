package org.psro4j.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.policy.BatchPolicy;
import org.psro4j.policy.Policy;

class TreeStrategiesBatchTest {

  /** Uniform play that counts how it is asked. */
  static final class CountingUniform implements Policy, BatchPolicy {
    final AtomicInteger singleCalls = new AtomicInteger();
    final AtomicInteger batchCalls = new AtomicInteger();

    @Override
    public double[] actionProbabilities(State state, int player) {
      singleCalls.incrementAndGet();
      return uniform(state.legalActions(player).length);
    }

    @Override
    public double[][] actionProbabilities(List<State> states, int player) {
      batchCalls.incrementAndGet();
      double[][] out = new double[states.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = uniform(states.get(i).legalActions(player).length);
      }
      return out;
    }

    private static double[] uniform(int k) {
      double[] p = new double[k];
      java.util.Arrays.fill(p, 1.0 / k);
      return p;
    }
  }

  @Test
  void aPolicyThatIsAlsoABatchPolicyIsAskedOncePerPlayer() {
    Game leduc = Games.load("leduc_poker");
    GameTree tree = GameTree.of(leduc);
    CountingUniform policy = new CountingUniform();
    double[] strategy = TreeStrategies.of(tree, policy);
    assertThat(policy.batchCalls.get()).isEqualTo(2);
    assertThat(policy.singleCalls.get()).isZero();
    assertThat(strategy).containsExactly(TreeStrategies.uniform(tree));
  }
}
