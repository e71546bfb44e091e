package org.psro4j.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

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
 * directory resumes the run, which new workers finish.
 */
class ClusterFaultTest {

  @TempDir Path dir;

  private static List<String> kuhn(Path run, String min, String max) {
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
            "--per",
            "500",
            "--start",
            "500",
            "--min",
            min,
            "--max",
            max,
            "--refresh",
            "500",
            "--report-steps",
            "500",
            "--checkpoint-steps",
            "500",
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
          // C resumes the learner A checkpointed last (every checkpoint of the level is A's). The
          // claim names the steps A last reported, which may run past that checkpoint: the
          // resumed learner's own count takes over at C's first report.
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
          assertThat(Long.parseLong(resumed.group(1))).isGreaterThanOrEqualTo(lastCheckpoint);
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
  void managerKilledAndStartedAgainOnItsRunDirectoryResumes() throws Exception {
    Path run = dir.resolve("run");
    List<String> args = kuhn(run, "3000", "4000");
    try (ChildJvm first =
        ChildJvm.start(dir.resolve("manager1.log"), args.toArray(String[]::new))) {
      String at = first.await("manager at (\\S+)", 0, 120).group(1);
      try (ChildJvm a = worker("a", at, run);
          ChildJvm b = worker("b", at, run, "--no-evaluator")) {
        first.await("checkpoint p\\d level 1 at steps \\d+", 0, 180);
        first.kill();
        // The workers see the manager go and stop, saying so.
        assertThat(a.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(a.process.exitValue()).as(String.join("\n", a.lines())).isEqualTo(1);
        assertThat(String.join("\n", a.lines())).contains("the manager left the cluster");
        b.process.waitFor(120, TimeUnit.SECONDS);
      }
    }
    try (ChildJvm second =
        ChildJvm.start(
            dir.resolve("manager2.log"),
            "cluster",
            "manager",
            "--run",
            run.toString(),
            "--port",
            "0")) {
      String at = second.await("resumed run \\S+; manager at (\\S+)", 0, 120).group(1);
      try (ChildJvm c = worker("c", at, run);
          ChildJvm d = worker("d", at, run, "--no-evaluator")) {
        second.await("claim p\\d level 1 by \\S+ \\(steps [1-9]\\d*, from checkpoint\\)", 0, 120);
        assertThat(second.process.waitFor(300, TimeUnit.SECONDS))
            .as(String.join("\n", second.lines()))
            .isTrue();
        assertThat(second.process.exitValue()).as(String.join("\n", second.lines())).isZero();
        assertThat(String.join("\n", second.lines())).contains("finished: 2 promotions");
        assertThat(c.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(c.process.exitValue()).isZero();
      }
    }
  }
}
