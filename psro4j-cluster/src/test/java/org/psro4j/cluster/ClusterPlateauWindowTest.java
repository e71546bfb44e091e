package org.psro4j.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Games;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.SessionState;
import org.psro4j.learn.TrainingProgress;
import org.psro4j.learn.TrainingSession;
import org.psro4j.pipeline.PipelineManager;
import org.psro4j.pipeline.PipelineProtocol.LevelEvent;
import org.psro4j.pipeline.PipelineSettings;
import org.psro4j.pipeline.PlateauReward;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.solvers.MetaSolvers;

/**
 * On the cluster, as on threads, the plateau rule reads the mean reward over a level's latest
 * {@code smoothing} episodes when the run sets a window: every level is fixed on exactly the value
 * {@link PlateauReward} gives for the training its real PPO session did (kept by a recording
 * wrapper), which is not the session's moving return.
 */
class ClusterPlateauWindowTest {

  private static final long WINDOW = 500; // episodes: about two reports of 1,000 Kuhn steps

  /** A real PPO oracle (built from the run's spec) whose sessions keep every training report. */
  private record Recording(LearningOracle inner, Map<String, List<TrainingProgress>> reports)
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
      List<TrainingProgress> mine = new ArrayList<>();
      TrainingSession s = inner.start(task);
      mine.add(s.progress());
      reports.put(task.label(), mine);
      return new TrainingSession() {
        @Override
        public String kind() {
          return s.kind();
        }

        @Override
        public TrainingProgress train(long steps) {
          TrainingProgress p = s.train(steps);
          mine.add(p);
          return p;
        }

        @Override
        public TrainingProgress progress() {
          return s.progress();
        }

        @Override
        public void retarget(Opponents opponents) {
          s.retarget(opponents);
        }

        @Override
        public Policy snapshot() {
          return s.snapshot();
        }

        @Override
        public SessionState saveState(boolean includeReplay) {
          return s.saveState(includeReplay);
        }

        @Override
        public void restoreState(SessionState state) {
          s.restoreState(state);
        }

        @Override
        public void close() {
          s.close();
        }
      };
    }
  }

  @Test
  void levelsAreFixedOnTheWindowedMeanReward(@TempDir Path dir) throws Exception {
    // THRESH 1 fixes a level at its second check (a window's mean never gains 1 in 1,000 steps).
    PipelineSettings settings =
        PipelineSettings.defaults()
            .withPlateau(1.0, 1_000, 1_000, 2_000)
            .withRefresh(1_000)
            .withLevels(1)
            .withLease(600_000) // no lease lost to load: one session per level
            .withSmoothing(WINDOW);
    Map<String, List<TrainingProgress>> reports = new ConcurrentHashMap<>();
    PipelineManager m;
    try (ClusterRun cr =
        ClusterRun.start(
            ManagerStartOptions.of(
                dir.resolve("run"),
                Games.load("kuhn_poker"),
                JsonNodeFactory.instance.objectNode().put("game", "kuhn_poker"),
                EmbeddedClusterTest.kuhnSpec("run").withSmoothing(WINDOW),
                settings,
                MetaSolvers.create("nash")))) {
      cr.startLocalMember(
          1, true, spec -> new Recording(MemberSession.learningOracle(spec), reports));
      m = cr.finished().get(5, TimeUnit.MINUTES);
    }
    assertThat(m.promotions()).isEqualTo(2);
    int checked = 0;
    for (LevelEvent e : m.timeline()) {
      if (!e.what().equals("fix") || e.level() == 0) {
        continue;
      }
      assertThat(e.detail()).startsWith("plateau at mean reward ");
      double decided = Double.parseDouble(e.detail().substring("plateau at mean reward ".length()));
      List<TrainingProgress> mine = reports.get("p" + e.player() + "_level" + e.level());
      PlateauReward expected = new PlateauReward(WINDOW, mine.getFirst().episodes());
      double reward = Double.NaN;
      for (TrainingProgress p : mine.subList(1, mine.size())) {
        reward = expected.next(p);
      }
      assertThat(decided).as(e.toString()).isEqualTo(reward);
      assertThat(decided).isNotEqualTo(mine.getLast().movingReturn());
      // The window dropped early reports: the whole level's mean differs.
      assertThat(mine.getLast().episodes() - mine.getFirst().episodes()).isGreaterThan(WINDOW);
      checked++;
    }
    assertThat(checked).isEqualTo(2);
  }
}
