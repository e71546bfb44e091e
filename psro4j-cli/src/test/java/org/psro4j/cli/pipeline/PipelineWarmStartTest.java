package org.psro4j.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.TrainingSession;
import org.psro4j.pipeline.PipelinePsro;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.rl.algo.PpoOracle;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.solvers.MetaSolvers;

/**
 * Each Pipeline PSRO level's learner starts from its player's previous level (McAleer et al. 2020
 * keep PSRO's loop; psro4j's sequential PSRO starts each best response from the player's last one):
 * level 1 from the initial policy, level k from the policy level k−1 was fixed with.
 */
class PipelineWarmStartTest {

  /** A real PPO oracle that keeps every task it is started on. */
  private record Recording(LearningOracle inner, List<BestResponseTask> tasks)
      implements LearningOracle {

    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public long budget() {
      return inner.budget();
    }

    @Override
    public TrainingSession start(BestResponseTask task) {
      tasks.add(task);
      return inner.start(task);
    }
  }

  @Test
  void levelsStartFromThePreviousLevelsFixedPolicy() {
    Game kuhn = Games.load("kuhn_poker");
    List<BestResponseTask> tasks = new CopyOnWriteArrayList<>();
    PipelinePsro d =
        PipelinePsro.builder(kuhn)
            .settings(PipelineKuhnTest.kuhnSettings(1000, 3))
            .solver(MetaSolvers.create("nash"))
            .oracle(
                new Recording(
                    PpoOracle.fromOptions(
                        Map.of("num_envs", "16", "rollout_steps", "128", "br_steps", "16000")),
                    tasks))
            .workers(1)
            .seed(13)
            .build();
    d.run();
    d.close();
    var population = d.state().population();
    assertThat(tasks).hasSize(6);
    for (BestResponseTask t : tasks) {
      int player = t.player();
      int level = Integer.parseInt(t.label().substring(t.label().indexOf("level") + 5));
      Policy previous = population.of(player).get(level - 1);
      assertThat(t.warmStart()).isNotNull();
      if (level > 1) {
        assertThat(t.warmStart()).isInstanceOf(NeuralPolicy.class);
      }
      assertSamePolicy(kuhn.newInitialState(), player, t.warmStart(), previous);
    }
  }

  /** Both policies give {@code player} the same action probabilities everywhere below {@code s}. */
  private static void assertSamePolicy(State s, int player, Policy a, Policy b) {
    if (s.isTerminal()) {
      return;
    }
    if (s.isChanceNode()) {
      for (ChanceOutcome o : s.chanceOutcomes()) {
        assertSamePolicy(s.child(o.action()), player, a, b);
      }
      return;
    }
    if (s.currentPlayer() == player) {
      assertThat(a.actionProbabilities(s, player))
          .containsExactly(b.actionProbabilities(s, player));
    }
    for (int action : s.legalActions()) {
      assertSamePolicy(s.child(action), player, a, b);
    }
  }
}
