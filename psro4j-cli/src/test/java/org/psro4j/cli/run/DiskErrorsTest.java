package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.BadInputException;

/** A full disk during a run is one line saying so and that resume continues (issue 17). */
class DiskErrorsTest {

  @TempDir Path dir;

  @Test
  void aFullDiskSaysHowToContinue() throws IOException {
    UncheckedIOException e =
        new UncheckedIOException(
            "cannot write runs/x/metrics.csv", new IOException("No space left on device"));
    RuntimeException early = DiskErrors.explain(e, dir);
    assertThat(early).isInstanceOf(BadInputException.class);
    assertThat(early.getMessage())
        .isEqualTo(
            "disk full while writing "
                + dir
                + " before its first checkpoint: free some space and start the run again with"
                + " --force");
    Files.createDirectories(dir.resolve("checkpoint"));
    Files.writeString(dir.resolve("checkpoint/state.json"), "{}");
    RuntimeException later = DiskErrors.explain(e, dir);
    assertThat(later).isInstanceOf(BadInputException.class);
    assertThat(later.getMessage())
        .startsWith("disk full while writing " + dir + ";")
        .contains("'psro4j resume " + dir + "' to continue");
  }

  @Test
  void otherWriteErrorsPassThrough() {
    UncheckedIOException e = new UncheckedIOException(new IOException("Input/output error"));
    assertThat(DiskErrors.explain(e, Path.of("runs/x"))).isSameAs(e);
  }

  @Test
  void theInterruptNoticeNamesTheResumeCommand() {
    assertThat(InterruptNotice.message(Path.of("runs/x"), 7))
        .isEqualTo(
            "psro4j: interrupted; runs/x holds iterations up to 7 (the last checkpoint);"
                + " 'psro4j resume runs/x' continues the run");
  }
}
