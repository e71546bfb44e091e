package org.psro4j.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.pipeline.LevelPhase;
import org.psro4j.pipeline.PipelineManager;
import org.psro4j.pipeline.PipelineSettings;
import org.psro4j.pipeline.PipelineStates;
import org.psro4j.run.RunDirectory;
import org.psro4j.solvers.MetaSolvers;

/**
 * Pipeline PSRO on Kuhn poker across three actor systems in one JVM (a manager member and two
 * worker members talking over TCP on 127.0.0.1): the run finishes with every level fixed, its state
 * saved in the run directory, and the secret file readable by its owner only.
 */
class EmbeddedClusterTest {

  static RunSpec kuhnSpec(String id) {
    return new RunSpec(
        id,
        "kuhn_poker",
        "ppo",
        Map.of(
            "br_steps", "20000",
            "num_envs", "8",
            "rollout_steps", "64",
            "epochs", "2",
            "minibatch", "64"),
        7,
        1_000,
        2_000,
        0);
  }

  static PipelineSettings kuhnSettings(int levels) {
    return PipelineSettings.defaults()
        .withPlateau(0.01, 1_000, 1_000, 2_000)
        .withMax(6_000)
        .withRefresh(1_000)
        .withLevels(levels)
        .withLease(10_000);
  }

  @Test
  void kuhnRunFinishesOnTwoWorkerMembers(@TempDir Path dir) throws Exception {
    Game game = Games.load("kuhn_poker");
    Path run = dir.resolve("run");
    try (ClusterRun cr =
        ClusterRun.start(
            ManagerStartOptions.of(
                run,
                game,
                JsonNodeFactory.instance.objectNode().put("game", "kuhn_poker"),
                kuhnSpec("run"),
                kuhnSettings(2),
                MetaSolvers.create("nash")))) {
      cr.startLocalMember(1, true);
      cr.startLocalMember(1, false);
      PipelineManager m = cr.finished().get(5, TimeUnit.MINUTES);
      assertThat(m.promotions()).isEqualTo(4);
      for (int p = 0; p < 2; p++) {
        for (int l = 0; l <= 2; l++) {
          assertThat(m.phase(p, l)).isEqualTo(LevelPhase.FIXED);
        }
      }
      assertThat(Files.getPosixFilePermissions(cr.secretFile()))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
    PipelineManager saved =
        PipelineStates.fromDriverState(
            RunDirectory.checkpoint(run, game).state(),
            kuhnSettings(2),
            MetaSolvers.create("nash"));
    assertThat(saved.finished()).isTrue();
    assertThat(saved.promotions()).isEqualTo(4);
  }
}
