package org.psro4j.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.cluster.SharedSecret;
import org.psro4j.cluster.TlsCredentials;

/**
 * A cluster run with mutual TLS, in separate JVMs on 127.0.0.1: the manager writes the run's
 * credentials (mode 600) and names them in its join line; a worker started without them, and one
 * holding another run's credentials and secret, never reach the manager (refused at the transport:
 * the manager logs no secret challenge for them) and exit 2 with one line saying which TLS mismatch
 * it is; a worker with them joins and the run finishes. A worker with TLS credentials joining a
 * manager without TLS is told so. Bad {@code --tls} values give one line and exit 2.
 */
class ClusterTlsTest {

  @TempDir Path dir;

  private ChildJvm worker(String name, String at, Path secret, Path tls, String timeout)
      throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "cluster",
                "worker",
                "--join",
                at,
                "--secret",
                secret.toString(),
                "--join-timeout",
                timeout));
    if (tls != null) {
      args.addAll(List.of("--tls", tls.toString()));
    }
    return ChildJvm.start(dir.resolve(name + ".log"), args.toArray(String[]::new));
  }

  @Test
  void onlyAWorkerWithTheRunsCredentialsGetsIn() throws Exception {
    Path run = dir.resolve("run");
    List<String> args = ClusterFaultTest.kuhn(run, "3000", "4000");
    args.addAll(List.of("--tls", "on"));
    SharedSecret otherSecret = SharedSecret.fresh();
    Path other = dir.resolve("other");
    otherSecret.write(other.resolve(SharedSecret.FILE));
    TlsCredentials.generate(otherSecret).write(other.resolve(TlsCredentials.FILE));
    try (ChildJvm manager =
        ChildJvm.start(dir.resolve("manager.log"), args.toArray(String[]::new))) {
      String at = manager.await("manager at (\\S+)", 0, 120).group(1);
      Path tls = run.resolve(TlsCredentials.FILE);
      manager.await("--tls " + Pattern.quote(tls.toString()), 0, 60);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls)))
          .isEqualTo("rw-------");
      Path secret = run.resolve(SharedSecret.FILE);
      try (ChildJvm plain = worker("plain", at, secret, null, "10");
          ChildJvm stranger =
              worker(
                  "stranger",
                  at,
                  other.resolve(SharedSecret.FILE),
                  other.resolve(TlsCredentials.FILE),
                  "10");
          ChildJvm good = worker("good", at, secret, tls, "150")) {
        for (ChildJvm w : List.of(plain, stranger)) {
          assertThat(w.process.waitFor(240, TimeUnit.SECONDS)).isTrue();
          String log = String.join("\n", w.lines());
          assertThat(w.process.exitValue()).as(log).isEqualTo(2);
          assertThat(w.lines().getLast()).as(log).contains("cannot join " + at + ": ");
        }
        // The probe before joining tells the two mismatches apart at once.
        assertThat(plain.lines().getLast()).contains("it uses TLS").contains("--tls RUN/");
        assertThat(stranger.lines().getLast())
            .contains("its TLS certificate is not the one in --tls");
        good.await("worker \\S+ joined " + Pattern.quote(at), 0, 240);
        assertThat(manager.process.waitFor(600, TimeUnit.SECONDS))
            .as(String.join("\n", manager.lines()))
            .isTrue();
        assertThat(manager.process.exitValue()).as(String.join("\n", manager.lines())).isZero();
        assertThat(String.join("\n", manager.lines()))
            .contains("finished: 2 promotions")
            .doesNotContain("failed the secret challenge");
        assertThat(good.process.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(good.process.exitValue()).as(String.join("\n", good.lines())).isZero();
      }
    }
  }

  @Test
  void aWorkerWithTlsIsToldThatThePlainManagerDoesNotUseIt() throws Exception {
    Path run = dir.resolve("plain-run");
    List<String> args = ClusterFaultTest.kuhn(run, "3000", "4000");
    args.addAll(List.of("--tls", "off"));
    try (ChildJvm manager =
        ChildJvm.start(dir.resolve("plain-manager.log"), args.toArray(String[]::new))) {
      String at = manager.await("manager at (\\S+)", 0, 120).group(1);
      Path secret = run.resolve(SharedSecret.FILE);
      Path tls = dir.resolve("own.p12");
      TlsCredentials.generate(SharedSecret.read(secret)).write(tls);
      Cli.Result r =
          Cli.run(
              "cluster",
              "worker",
              "--join",
              at,
              "--secret",
              secret.toString(),
              "--tls",
              tls.toString(),
              "--join-timeout",
              "10");
      assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
      assertThat(r.err().strip())
          .contains("cannot join " + at + ": it does not use TLS")
          .doesNotContain("\n");
    }
  }

  @Test
  void badTlsValuesGiveOneLineAndExit2() throws Exception {
    Cli.Result mode =
        Cli.run(
            "cluster",
            "manager",
            "--run",
            dir.resolve("m").toString(),
            "--game",
            "kuhn_poker",
            "--tls",
            "maybe");
    assertThat(mode.exitCode()).isEqualTo(2);
    assertThat(mode.err().strip()).contains("--tls maybe").doesNotContain("\n");
    assertThat(dir.resolve("m")).doesNotExist();

    SharedSecret secret = SharedSecret.fresh();
    Path secretFile = dir.resolve(SharedSecret.FILE);
    secret.write(secretFile);
    Path missing = dir.resolve("missing.p12");
    Cli.Result absent =
        Cli.run(
            "cluster",
            "worker",
            "--join",
            "127.0.0.1:9",
            "--secret",
            secretFile.toString(),
            "--tls",
            missing.toString());
    assertThat(absent.exitCode()).isEqualTo(2);
    assertThat(absent.err().strip()).contains("--tls " + missing).doesNotContain("\n");

    Path foreign = dir.resolve("foreign.p12");
    TlsCredentials.generate(SharedSecret.fresh()).write(foreign);
    Cli.Result wrong =
        Cli.run(
            "cluster",
            "worker",
            "--join",
            "127.0.0.1:9",
            "--secret",
            secretFile.toString(),
            "--tls",
            foreign.toString());
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err().strip())
        .contains(foreign.toString())
        .contains("do not open with the run's secret")
        .doesNotContain("\n");
  }
}
