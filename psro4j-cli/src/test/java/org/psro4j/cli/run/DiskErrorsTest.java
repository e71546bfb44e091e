package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.psro4j.cli.BadInputException;

/** A full disk during a run is one line saying so and that resume continues (issue 17). */
class DiskErrorsTest {

  @Test
  void aFullDiskSaysHowToContinue() {
    UncheckedIOException e =
        new UncheckedIOException(
            "cannot write runs/x/metrics.csv", new IOException("No space left on device"));
    RuntimeException explained = DiskErrors.explain(e, Path.of("runs/x"));
    assertThat(explained).isInstanceOf(BadInputException.class);
    assertThat(explained.getMessage())
        .startsWith("disk full while writing runs/x;")
        .contains("'psro4j resume runs/x' to continue");
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
