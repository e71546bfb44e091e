package org.psro4j.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.TrainingSession;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.run.RunDirectory;
import org.psro4j.solvers.MetaSolvers;

/**
 * On the cluster, as on threads ({@code PipelineWarmStartTest}), each level's learner starts from
 * its player's previous level, which the manager sends with the claim: level 1 from the initial
 * policy, level k from the policy level k−1 was fixed with (one trainer: the levels fix in turn).
 */
class ClusterWarmStartTest {

  /** A real PPO oracle (built from the run's spec, as members do) that keeps every task. */
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
  void levelsStartFromThePreviousLevelsFixedPolicy(@TempDir Path dir) throws Exception {
    Game kuhn = Games.load("kuhn_poker");
    Path run = dir.resolve("run");
    List<BestResponseTask> tasks = new CopyOnWriteArrayList<>();
    try (ClusterRun cr =
        ClusterRun.start(
            ManagerStartOptions.of(
                run,
                kuhn,
                JsonNodeFactory.instance.objectNode().put("game", "kuhn_poker"),
                EmbeddedClusterTest.kuhnSpec("run"),
                EmbeddedClusterTest.kuhnSettings(2).withLease(600_000), // no lease lost to load
                MetaSolvers.create("nash")))) {
      cr.startLocalMember(
          1, true, spec -> new Recording(MemberSession.learningOracle(spec), tasks));
      assertThat(cr.finished().get(5, TimeUnit.MINUTES).promotions()).isEqualTo(4);
    }
    var population = RunDirectory.checkpoint(run, kuhn).state().population();
    assertThat(tasks).hasSize(4);
    for (BestResponseTask t : tasks) {
      int player = t.player();
      int level = Integer.parseInt(t.label().substring(t.label().indexOf("level") + 5));
      Policy previous = population.of(player).get(level - 1);
      assertThat(t.warmStart()).as(t.label()).isNotNull();
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
