package org.psro4j.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipeline PSRO on a cluster of separate JVMs on 127.0.0.1 (Kuhn poker, PPO levels): a worker
 * killed with SIGKILL loses only its lease, and its level is claimed by an idle worker that resumes
 * from the level's last checkpoint; a manager killed with SIGKILL and started again on its run
 * directory and port resumes the run, which the same workers rejoin and finish (a worker whose
 * rejoin time runs out first exits with one line; this test talks mutual TLS). Only the order of
 * events is asserted; every wait is a generous bound.
 */
class ClusterFaultTest {

  @TempDir Path dir;

  static List<String> kuhn(Path run, String min, String max) {
    return new ArrayList<>(
        List.of(
            "cluster",
            "manager",
            "--run",
            run.toString(),
            "--game",
            "kuhn_poker",
            "--oracle",
            "ppo",
            "--oracle-option",
            "br_steps=200000",
            "--oracle-option",
            "num_envs=8",
            "--oracle-option",
            "rollout_steps=64",
            "--levels",
            "1",
            "--plateau-per",
            "500",
            "--plateau-start",
            "500",
            "--plateau-min",
            min,
            "--level-max",
            max,
            "--refresh",
            "500",
            "--report-steps",
            "500",
            "--checkpoint-steps",
            "500",
            // Leases outlast the test: a lease is freed by its member's removal, never by a
            // heartbeat that a loaded machine delayed past the default 30 s.
            "--lease-seconds",
            "3600",
            "--port",
            "0",
            "--seed",
            "3"));
  }

  private ChildJvm worker(String name, String manager, Path run, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "cluster",
                "worker",
                "--join",
                manager,
                "--secret",
                run.resolve("cluster.secret").toString()));
    args.addAll(List.of("--join-timeout", "150"));
    args.addAll(List.of(extra));
    return ChildJvm.start(dir.resolve(name + ".log"), args.toArray(String[]::new));
  }

  /**
   * A worker started once {@code manager} has written the run's secret and listens at {@code at}.
   */
  private ChildJvm worker(String name, ChildJvm manager, String at, Path run, String... extra)
      throws Exception {
    manager.await("manager at " + Pattern.quote(at), 0, 120);
    return worker(name, at, run, extra);
  }

  private static String address(ChildJvm worker) throws Exception {
    return worker.await("worker (\\S+) joined", 0, 320).group(1);
  }

  @Test
  void killedWorkerLosesOnlyItsLeaseAndAnIdleWorkerResumesItsLevel() throws Exception {
    Path run = dir.resolve("run");
    List<String> args = kuhn(run, "10000000", "0"); // levels never finish: the test kills first
    try (ChildJvm manager =
        ChildJvm.start(dir.resolve("manager.log"), args.toArray(String[]::new))) {
      String at = manager.await("manager at (\\S+)", 0, 120).group(1);
      try (ChildJvm a = worker("a", at, run, "--no-evaluator");
          ChildJvm b = worker("b", at, run)) {
        String addrA = address(a);
        String addrB = address(b);
        Matcher claimA =
            manager.await("claim p(\\d) level 1 by \\S+" + addrA + "/trainer-0", 0, 120);
        String levelA = "p" + claimA.group(1) + " level 1";
        manager.await("claim p\\d level 1 by \\S+" + addrB + "/trainer-0", 0, 120);
        manager.await("checkpoint " + levelA + " at steps \\d+ by \\S+" + addrA, 0, 180);
        try (ChildJvm c = worker("c", at, run, "--no-evaluator")) {
          String addrC = address(c);
          int from = manager.lines().size();
          long killed = System.currentTimeMillis();
          a.kill();
          manager.await("member \\S+" + addrA + " removed: its leases are free", from, 90);
          Matcher resumed =
              manager.await(
                  "claim "
                      + levelA
                      + " by \\S+"
                      + addrC
                      + "/trainer-0 \\(steps (\\d+), from checkpoint\\)",
                  from,
                  90);
          // The timeline: the failure detector loses A, A is downed and removed, C claims A's
          // level; written to fault-timeline.txt (seconds after the kill), never asserted on.
          int unreachable = manager.indexOf("member \\S+" + addrA + " unreachable", from);
          int removed = manager.indexOf("member \\S+" + addrA + " removed", from);
          int claimed = manager.indexOf("claim " + levelA + " by \\S+" + addrC, from);
          assertThat(unreachable).isNotNegative().isLessThan(removed);
          assertThat(removed).isLessThan(claimed);
          long[] seen = {
            manager.millis(unreachable), manager.millis(removed), manager.millis(claimed)
          };
          assertThat(seen[0]).isGreaterThanOrEqualTo(killed - 1000);
          assertThat(seen[1]).isGreaterThanOrEqualTo(seen[0]);
          assertThat(seen[2]).isGreaterThanOrEqualTo(seen[1]);
          Files.writeString(
              dir.resolve("fault-timeline.txt"),
              String.format(
                  Locale.ROOT,
                  "killed 0.0%nunreachable %.1f%nremoved %.1f%nclaimed %.1f%n",
                  (seen[0] - killed) / 1e3,
                  (seen[1] - killed) / 1e3,
                  (seen[2] - killed) / 1e3));
          System.out.print(Files.readString(dir.resolve("fault-timeline.txt")));
          // C resumes the learner A checkpointed last (every checkpoint of the level is A's), and
          // the claim names that checkpoint's steps, not the later ones A may have reported.
          long lastCheckpoint = -1;
          Pattern saved = Pattern.compile("checkpoint " + levelA + " at steps (\\d+) by (\\S+)");
          List<String> lines = manager.lines();
          for (int i = 0; i < claimed; i++) {
            Matcher m = saved.matcher(lines.get(i));
            if (m.find()) {
              assertThat(m.group(2)).contains(addrA);
              lastCheckpoint = Long.parseLong(m.group(1));
            }
          }
          assertThat(lastCheckpoint).isPositive();
          assertThat(Long.parseLong(resumed.group(1))).isEqualTo(lastCheckpoint);
          // Only A's lease was lost: B kept its level, nobody else claimed it, nothing expired.
          for (String line : manager.lines()) {
            assertThat(line).doesNotContain("expired");
            if (line.contains("claim") && !line.contains(levelA)) {
              assertThat(line).contains(addrB);
            }
          }
          assertThat(b.process.isAlive()).isTrue();
          assertThat(c.process.isAlive()).isTrue();
        }
      }
    }
  }

  @Test
  void workersRejoinAManagerStartedAgainOnItsRunDirectoryAndFinishTheRun() throws Exception {
    Path run = dir.resolve("run");
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort(); // the restarted manager listens where the workers knew it
    }
    List<String> args = kuhn(run, "3000", "4000");
    args.set(args.indexOf("--port") + 1, Integer.toString(port));
    // With mutual TLS: the restarted manager (default --tls auto) keeps the run's credentials.
    args.addAll(List.of("--tls", "on"));
    String[] tls = {"--tls", run.resolve("cluster.p12").toString()};
    String at = "127.0.0.1:" + port;
    try (ChildJvm first = ChildJvm.start(dir.resolve("manager1.log"), args.toArray(String[]::new));
        ChildJvm a = worker("a", first, at, run, tls[0], tls[1], "--rejoin-timeout", "600");
        ChildJvm b =
            worker(
                "b", first, at, run, tls[0], tls[1], "--no-evaluator", "--rejoin-timeout", "600");
        ChildJvm e =
            worker(
                "e", first, at, run, tls[0], tls[1], "--trainers", "0", "--rejoin-timeout", "2")) {
      address(a);
      address(b);
      address(e);
      first.await("checkpoint p\\d level 1 at steps \\d+", 0, 240);
      first.kill();
      // Every worker sees the manager go; e gives up after its 2 s, with one line and exit 1.
      String lost = "the manager left the cluster|this member left the cluster";
      e.await(lost, 0, 240);
      assertThat(e.process.waitFor(240, TimeUnit.SECONDS)).isTrue();
      assertThat(e.process.exitValue()).as(String.join("\n", e.lines())).isEqualTo(1);
      assertThat(e.lines().getLast()).contains("stops: the manager did not come back at " + at);
      a.await("rejoins " + Pattern.quote(at) + " for up to 600 s", 0, 240);
      b.await("rejoins " + Pattern.quote(at) + " for up to 600 s", 0, 240);
      try (ChildJvm second =
          ChildJvm.start(
              dir.resolve("manager2.log"),
              "cluster",
              "manager",
              "--run",
              run.toString(),
              "--port",
              Integer.toString(port))) {
        second.await("resumed run \\S+; manager at " + Pattern.quote(at), 0, 120);
        String a2 = a.await("worker (\\S+) rejoined", 0, 300).group(1);
        String b2 = b.await("worker (\\S+) rejoined", 0, 300).group(1);
        // The first level 1 claimed again resumes from the last checkpoint the first manager
        // logged for it (a level may have had none yet, or been submitted: then it is not resumed).
        Matcher claim =
            second.await(
                "claim p(\\d) level 1 by \\S+("
                    + Pattern.quote(a2)
                    + "|"
                    + Pattern.quote(b2)
                    + ")/trainer-0 \\(steps (\\d+), (from checkpoint|fresh)\\)",
                0,
                240);
        String level = "p" + claim.group(1) + " level 1";
        long lastLogged = -1;
        Pattern saved = Pattern.compile("checkpoint " + level + " at steps (\\d+)");
        for (String line : first.lines()) {
          Matcher m = saved.matcher(line);
          if (m.find()) {
            lastLogged = Long.parseLong(m.group(1));
          }
        }
        if (lastLogged > 0) {
          // saved and logged before the kill; a later save may have missed its log line
          assertThat(claim.group(4)).isEqualTo("from checkpoint");
          assertThat(Long.parseLong(claim.group(3))).isGreaterThanOrEqualTo(lastLogged);
        }
        if (claim.group(4).equals("fresh")) {
          assertThat(claim.group(3)).isEqualTo("0");
        }
        assertThat(second.process.waitFor(600, TimeUnit.SECONDS))
            .as(String.join("\n", second.lines()))
            .isTrue();
        assertThat(second.process.exitValue()).as(String.join("\n", second.lines())).isZero();
        assertThat(String.join("\n", second.lines())).contains("finished: 2 promotions");
        for (ChildJvm w : List.of(a, b)) {
          assertThat(w.process.waitFor(240, TimeUnit.SECONDS)).isTrue();
          assertThat(w.process.exitValue()).as(String.join("\n", w.lines())).isZero();
          // In order: joined, lost the manager, rejoined, the run finished.
          int joined = w.indexOf("worker \\S+ joined", 0);
          int rejoins = w.indexOf("rejoins " + Pattern.quote(at), 0);
          int rejoined = w.indexOf("worker \\S+ rejoined", 0);
          int done = w.indexOf("the run is finished", 0);
          assertThat(joined).isNotNegative().isLessThan(rejoins);
          assertThat(rejoins).isLessThan(rejoined);
          assertThat(rejoined).isLessThan(done);
        }
      }
    }
  }
}
