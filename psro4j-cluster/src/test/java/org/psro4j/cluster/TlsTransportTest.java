package org.psro4j.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutual TLS between a run's members (Artery {@code tls-tcp}): the run's credentials round-trip
 * through their file (mode 600) and open only with the run's secret; a member holding them joins,
 * while one with another run's credentials and one on plain TCP never get into the cluster.
 */
class TlsTransportTest {

  @TempDir Path dir;

  @Test
  void credentialsRoundTripWithMode600AndOpenOnlyWithTheirSecret() throws Exception {
    SharedSecret secret = SharedSecret.fresh();
    TlsCredentials made = TlsCredentials.generate(secret);
    Path file = dir.resolve("run").resolve(TlsCredentials.FILE);
    made.write(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    TlsCredentials read = TlsCredentials.read(file, secret);
    assertThat(read.certificate()).isEqualTo(made.certificate());
    read.certificate().checkValidity();
    assertThat(read.certificate().getSubjectX500Principal())
        .isEqualTo(read.certificate().getIssuerX500Principal());
    read.certificate().verify(read.certificate().getPublicKey()); // self-signed
    assertThatThrownBy(() -> TlsCredentials.read(file, SharedSecret.fresh()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("do not open with the run's secret");
    Path notKeystore = dir.resolve("notes.txt");
    Files.writeString(notKeystore, "hello\n");
    assertThatThrownBy(() -> TlsCredentials.read(notKeystore, secret))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notes.txt");
    assertThat(TlsCredentials.generate(secret).certificate()).isNotEqualTo(made.certificate());
  }

  @Test
  void onlyMembersWithTheRunsCredentialsGetIn() throws Exception {
    SharedSecret secret = SharedSecret.fresh();
    TlsCredentials run = TlsCredentials.generate(secret);
    TlsCredentials other = TlsCredentials.generate(SharedSecret.fresh());
    ClusterSettings first =
        new ClusterSettings("127.0.0.1", 0, List.of(), List.of("manager")).withTls(run);
    try (ClusterNode manager = new ClusterNode(first)) {
      manager.awaitUp(Duration.ofSeconds(30), "self");
      List<String> seeds = List.of(manager.address());
      CompletableFuture<String> stranger =
          CompletableFuture.supplyAsync(() -> tryJoin(seeds, other, 10));
      CompletableFuture<String> plain =
          CompletableFuture.supplyAsync(() -> tryJoin(seeds, null, 10));
      assertThat(tryJoin(seeds, run, 60)).isEqualTo("up");
      assertThat(stranger.get()).startsWith("no psro4j cluster answers");
      assertThat(plain.get()).startsWith("no psro4j cluster answers");
    }
  }

  @Test
  void loopbackAddressesAreTheOnesWhereTlsIsOffByDefault() {
    for (String h : List.of("127.0.0.1", "127.0.1.1", "localhost", "::1", "[::1]")) {
      assertThat(ClusterSettings.isLoopback(h)).as(h).isTrue();
    }
    for (String h : List.of("0.0.0.0", "10.0.0.5", "192.0.2.2", "fd00::2", "example.org")) {
      assertThat(ClusterSettings.isLoopback(h)).as(h).isFalse();
    }
  }

  /** "up" when a worker member with {@code tls} got into the cluster at {@code seeds} in time. */
  private static String tryJoin(List<String> seeds, TlsCredentials tls, int seconds) {
    ClusterSettings s = new ClusterSettings("127.0.0.1", 0, seeds, List.of("worker")).withTls(tls);
    try (ClusterNode node = new ClusterNode(s)) {
      node.awaitUp(Duration.ofSeconds(seconds), seeds.get(0));
      return "up";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
