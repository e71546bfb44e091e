package org.psro4j.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.ClusterSingletonSettings;
import org.apache.pekko.cluster.typed.SingletonActor;
import org.junit.jupiter.api.Test;
import org.psro4j.pipeline.PipelineProtocol.Assignment;
import org.psro4j.pipeline.PipelineProtocol.Lease;
import org.psro4j.pipeline.PipelineProtocol.OpponentMix;

/**
 * A reply larger than Artery's ordinary frame (256 KiB) reaches a worker's request end to end: a
 * worker member asks the manager singleton (through its proxy, as {@link LevelTrainer} does) and
 * gets back a {@link WorkerProtocol.Train} carrying a 1 MiB policy blob, intact.
 */
class LargeReplyTest {

  @Test
  void oneMegabyteBlobInAClaimReplyArrivesIntact() throws Exception {
    byte[] blob = new byte[1024 * 1024];
    new SplittableRandom(11).nextBytes(blob);
    ClusterSettings first =
        new ClusterSettings("127.0.0.1", 0, List.of(), List.of(ClusterSettings.MANAGER_ROLE));
    try (ClusterNode a = new ClusterNode(first)) {
      a.awaitUp(Duration.ofSeconds(30), "self");
      // A stand-in manager singleton that answers every claim with a large Train.
      ClusterSingleton.get(a.system())
          .init(
              SingletonActor.of(
                      Behaviors.<ManagerProtocol>receiveMessage(
                          m -> {
                            if (m instanceof ManagerProtocol.Claim c) {
                              c.replyTo()
                                  .tell(
                                      new WorkerProtocol.Train(
                                          new Assignment(
                                              new Lease(c.worker(), 0, 1, 0),
                                              null,
                                              0,
                                              0,
                                              new OpponentMix(0, 1, 0, new double[][] {{}, {1}})),
                                          Map.of("1/0/0", blob),
                                          null));
                            }
                            return Behaviors.same();
                          }),
                      ClusterRun.SINGLETON)
                  .withSettings(
                      ClusterSingletonSettings.create(a.system())
                          .withRole(ClusterSettings.MANAGER_ROLE)));
      ClusterSettings second =
          new ClusterSettings(
              "127.0.0.1", 0, List.of(a.address()), List.of(ClusterSettings.WORKER_ROLE));
      try (ClusterNode b = new ClusterNode(second)) {
        b.awaitUp(Duration.ofSeconds(30), a.address());
        ManagerClient client =
            new ManagerClient(b.system(), ClusterMember.proxy(b), "token", b.address());
        WorkerProtocol reply = null;
        for (int i = 0; i < 3 && reply == null; i++) { // the singleton may take a moment to start
          reply = client.ask(r -> new ManagerProtocol.Claim("token", "trainer-0", false, r));
        }
        assertThat(reply).isInstanceOf(WorkerProtocol.Train.class);
        byte[] got = ((WorkerProtocol.Train) reply).policies().get("1/0/0");
        assertThat(got).hasSize(blob.length);
        assertThat(Arrays.equals(got, blob)).isTrue();
      }
    }
  }
}
