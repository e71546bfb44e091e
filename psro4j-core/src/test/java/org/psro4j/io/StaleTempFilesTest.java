package org.psro4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary siblings a killed writer leaves, their cleanup, and the mode of written files. */
class StaleTempFilesTest {

  @TempDir Path dir;

  @Test
  void removesOnlyTemporarySiblingsInTheNamedPlaces() throws Exception {
    Files.createDirectories(dir.resolve("policies"));
    Files.createDirectories(dir.resolve("plots"));
    Path stale1 = Files.writeString(dir.resolve("policies/.p1_12.json.k3j2.tmp"), "{");
    Path stale2 = Files.writeString(dir.resolve("plots/.gap.png12345.tmp"), "x");
    Path stale3 = Files.writeString(dir.resolve(".metrics.csv.abc.tmp"), "x");
    Path keep1 = Files.writeString(dir.resolve("policies/p1_12.json"), "{}");
    Path keep2 = Files.writeString(dir.resolve("notes.tmp"), "mine");
    Path keep3 = Files.writeString(dir.resolve(".hidden"), "mine");
    assertThat(StaleTempFiles.removeIn(dir, "policies", "plots", "checkpoint"))
        .containsExactlyInAnyOrder(stale1, stale2, stale3);
    assertThat(keep1).exists();
    assertThat(keep2).exists();
    assertThat(keep3).exists();
  }

  @Test
  void removesTheSiblingsOfOneOutputFile() throws Exception {
    Path stale = Files.writeString(dir.resolve(".out.json.z9.tmp"), "{");
    Path other = Files.writeString(dir.resolve(".other.json.z9.tmp"), "{");
    assertThat(StaleTempFiles.removeSiblingsOf(dir.resolve("out.json"))).containsExactly(stale);
    assertThat(other).exists();
  }

  @Test
  void atomicWritesGetThePlainFileModeNotOwnerOnly() throws Exception {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path atomic = dir.resolve("atomic.txt");
    AtomicFiles.write(atomic, "y");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(atomic)))
        .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
    try (var files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
  }
}
