package org.psro4j.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pekko.actor.ExtendedActorSystem;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.junit.jupiter.api.Test;

/**
 * The plateau window reaches every worker: a member's {@link WorkerProtocol.Welcome} carries the
 * run's {@link RunSpec#smoothing()} through the JSON the members exchange, and a welcome from a
 * manager that predates the window reads as 0 (the moving return, as that manager's workers used).
 */
class PlateauWindowWireTest {

  @Test
  void theWelcomeCarriesTheWindowAndAnOlderOneReadsAsNone() throws Exception {
    ClusterSettings s = new ClusterSettings("127.0.0.1", 0, List.of(), List.of("manager"));
    try (ClusterNode node = new ClusterNode(s)) {
      JsonSerializer json =
          new JsonSerializer((ExtendedActorSystem) Adapter.toClassic(node.system()));
      RunSpec spec = EmbeddedClusterTest.kuhnSpec("run").withSmoothing(10_000);
      WorkerProtocol.Welcome sent = new WorkerProtocol.Welcome("token", spec);
      String manifest = json.manifest(sent);
      byte[] bytes = json.toBinary(sent);
      WorkerProtocol.Welcome got = (WorkerProtocol.Welcome) json.fromBinary(bytes, manifest);
      assertThat(got.spec()).isEqualTo(spec);
      assertThat(got.spec().smoothing()).isEqualTo(10_000);

      String older = new String(bytes, StandardCharsets.UTF_8).replace(",\"smoothing\":10000", "");
      assertThat(older).doesNotContain("smoothing");
      WorkerProtocol.Welcome old =
          (WorkerProtocol.Welcome)
              json.fromBinary(older.getBytes(StandardCharsets.UTF_8), manifest);
      assertThat(old.spec()).isEqualTo(EmbeddedClusterTest.kuhnSpec("run"));
      assertThat(old.spec().smoothing()).isZero();
    }
  }
}
