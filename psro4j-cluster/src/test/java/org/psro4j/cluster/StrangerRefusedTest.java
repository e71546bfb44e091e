package org.psro4j.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Games;
import org.psro4j.solvers.MetaSolvers;

/**
 * A member that joins the cluster but cannot prove the run's secret is refused and downed: its
 * actor system stops; the HMAC proof of the right secret verifies and a wrong one does not.
 */
class StrangerRefusedTest {

  @Test
  void hmacProofVerifiesOnlyWithTheSameSecretNonceAndPath() {
    SharedSecret a = SharedSecret.of(new byte[32]);
    byte[] other = new byte[32];
    other[0] = 1;
    SharedSecret b = SharedSecret.of(other);
    byte[] nonce = SharedSecret.nonce();
    byte[] proof = a.prove(nonce, "pekko://psro4j@127.0.0.1:1/user/worker-gate");
    assertThat(a.verify(nonce, "pekko://psro4j@127.0.0.1:1/user/worker-gate", proof)).isTrue();
    assertThat(b.verify(nonce, "pekko://psro4j@127.0.0.1:1/user/worker-gate", proof)).isFalse();
    assertThat(a.verify(nonce, "pekko://psro4j@127.0.0.1:2/user/worker-gate", proof)).isFalse();
    assertThat(a.verify(SharedSecret.nonce(), "pekko://psro4j@127.0.0.1:1/user/worker-gate", proof))
        .isFalse();
  }

  @Test
  void strangerWithWrongSecretIsRefusedAndDowned(@TempDir Path dir) throws Exception {
    try (ClusterRun run =
        ClusterRun.start(
            ManagerStartOptions.of(
                dir.resolve("run"),
                Games.load("kuhn_poker"),
                JsonNodeFactory.instance.objectNode().put("game", "kuhn_poker"),
                EmbeddedClusterTest.kuhnSpec("run"),
                EmbeddedClusterTest.kuhnSettings(1),
                MetaSolvers.create("nash")))) {
      byte[] wrong = new byte[32];
      wrong[5] = 42;
      ClusterSettings stranger =
          new ClusterSettings(
              "127.0.0.1", 0, List.of(run.address()), List.of(ClusterSettings.WORKER_ROLE));
      assertThatThrownBy(
              () ->
                  ClusterMember.join(
                      stranger, SharedSecret.of(wrong), 1, false, Duration.ofSeconds(60)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("refused by the manager: wrong secret");
      // The right secret is accepted by the same manager.
      SharedSecret right = SharedSecret.read(run.secretFile());
      try (ClusterMember friend =
          ClusterMember.join(
              new ClusterSettings(
                  "127.0.0.1", 0, List.of(run.address()), List.of(ClusterSettings.WORKER_ROLE)),
              right,
              0,
              true,
              Duration.ofSeconds(60))) {
        assertThat(friend.removed()).isFalse();
      }
    }
  }

  @Test
  void refusedMemberIsDownedByTheManager(@TempDir Path dir) throws Exception {
    try (ClusterRun run =
            ClusterRun.start(
                ManagerStartOptions.of(
                    dir.resolve("run"),
                    Games.load("kuhn_poker"),
                    JsonNodeFactory.instance.objectNode().put("game", "kuhn_poker"),
                    EmbeddedClusterTest.kuhnSpec("run"),
                    EmbeddedClusterTest.kuhnSettings(1),
                    MetaSolvers.create("nash")));
        ClusterNode stranger =
            new ClusterNode(
                new ClusterSettings(
                    "127.0.0.1",
                    0,
                    List.of(run.address()),
                    List.of(ClusterSettings.WORKER_ROLE)))) {
      stranger.awaitUp(Duration.ofSeconds(60), run.address());
      var welcome = new java.util.concurrent.CompletableFuture<GateActor.Registration>();
      stranger.spawn(
          GateActor.create(
              ClusterMember.proxy(stranger), SharedSecret.of(new byte[32]), welcome, () -> {}),
          "worker-gate");
      assertThatThrownBy(() -> welcome.get(60, TimeUnit.SECONDS))
          .hasCauseInstanceOf(IllegalArgumentException.class);
      // Downed by the manager: the stranger's actor system shuts itself down.
      stranger.terminated().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
  }
}
