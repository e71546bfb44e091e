package org.psro4j.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run-directory lock: one writer at a time, within a process and across processes, the holder
 * named by PID, and no stale lock after the holder is killed with SIGKILL.
 */
class RunLockTest {

  @TempDir Path dir;

  @Test
  void secondHolderInTheSameProcessIsRefusedUntilTheFirstCloses() {
    try (RunLock first = RunLock.acquire(dir)) {
      assertThatThrownBy(() -> RunLock.acquire(dir))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("in use by another psro4j process")
          .hasMessageContaining("PID " + ProcessHandle.current().pid());
      assertThat(first.dir()).isEqualTo(dir);
    }
    RunLock.acquire(dir).close();
  }

  @Test
  void anotherProcessHoldingTheLockIsNamedAndSigkillFreesIt() throws Exception {
    Process holder = holdInChild();
    try {
      assertThatThrownBy(() -> RunLock.acquire(dir)).hasMessageContaining("PID " + holder.pid());
    } finally {
      holder.destroyForcibly(); // SIGKILL: no cleanup code runs in the child
      holder.waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(Files.readString(dir.resolve(RunLock.FILE)).strip())
        .isEqualTo(Long.toString(holder.pid()));
    RunLock.acquire(dir).close();
  }

  /** A child JVM that takes the lock, says so, and waits to be killed. */
  private Process holdInChild() throws Exception {
    Process p =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    LockHolder.class.getName(),
                    dir.toString()))
            .redirectErrorStream(true)
            .start();
    String line = new String(p.getInputStream().readNBytes(7));
    assertThat(line).isEqualTo("locked\n");
    return p;
  }

  /** The child's main: holds the lock of {@code args[0]} until killed. */
  public static final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
      RunLock.acquire(Path.of(args[0]));
      System.out.print("locked\n");
      System.out.flush();
      Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }
  }
}
