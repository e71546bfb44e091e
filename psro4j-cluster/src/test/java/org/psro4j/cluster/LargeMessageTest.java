package org.psro4j.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.junit.jupiter.api.Test;

/** Two members on 127.0.0.1: a 5 MB blob crosses them intact as JSON over the large channel. */
class LargeMessageTest {

  /** A message carrying a blob, as the workers' snapshots do. */
  record Blob(byte[] bytes) implements ClusterMessage {}

  @Test
  void fiveMegabyteBlobArrivesIntact() throws Exception {
    ClusterSettings first = new ClusterSettings("127.0.0.1", 0, List.of(), List.of("manager"));
    try (ClusterNode a = new ClusterNode(first)) {
      a.awaitUp(Duration.ofSeconds(30), "self");
      ClusterSettings second =
          new ClusterSettings("127.0.0.1", 0, List.of(a.address()), List.of("worker"));
      try (ClusterNode b = new ClusterNode(second)) {
        b.awaitUp(Duration.ofSeconds(30), a.address());
        CompletableFuture<byte[]> large = new CompletableFuture<>();
        b.spawn(
            Behaviors.<Blob>receiveMessage(
                m -> {
                  large.complete(m.bytes());
                  return Behaviors.same();
                }),
            "worker-probe");
        byte[] blob = new byte[5 * 1024 * 1024];
        new SplittableRandom(5).nextBytes(blob);
        ActorRef<Blob> remote =
            ActorRefResolver.get(a.system())
                .resolveActorRef("pekko://psro4j@" + b.address() + "/user/worker-probe");
        remote.tell(new Blob(blob));
        byte[] got = large.get(60, TimeUnit.SECONDS);
        assertThat(got.length).isEqualTo(blob.length);
        assertThat(Arrays.equals(got, blob)).isTrue();
      }
    }
  }
}
