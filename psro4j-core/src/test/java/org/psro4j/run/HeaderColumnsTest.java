package org.psro4j.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HeaderColumns}: an older metrics.csv gains a resumed run's new columns, empty. */
class HeaderColumnsTest {

  @TempDir Path dir;

  @Test
  void aColumnTheFileLacksIsInsertedEmptyWhereTheNewHeaderHasIt() throws Exception {
    Path file = dir.resolve("metrics.csv");
    Files.writeString(file, "iteration,br_improvement,vs_uniform\n0,,0.5\n1,0.25,0.75\n");
    HeaderColumns.align(file, "iteration,br_improvement,solver_fallbacks,vs_uniform");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo("iteration,br_improvement,solver_fallbacks,vs_uniform\n0,,,0.5\n1,0.25,,0.75\n");
  }

  @Test
  void aFileAtTheHeaderOrWithOtherColumnsIsLeftAlone() throws Exception {
    Path file = dir.resolve("metrics.csv");
    String same = "iteration,br_improvement\n0,0.5\n";
    Files.writeString(file, same);
    HeaderColumns.align(file, "iteration,br_improvement");
    assertThat(Files.readString(file)).isEqualTo(same);
    String other = "iteration,payoff_model_mse\n0,0.5\n";
    Files.writeString(file, other);
    HeaderColumns.align(file, "iteration,br_improvement");
    assertThat(Files.readString(file)).isEqualTo(other);
  }
}
