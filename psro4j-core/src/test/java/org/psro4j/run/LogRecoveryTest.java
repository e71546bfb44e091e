package org.psro4j.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Torn and damaged lines of the logs a run appends to (metrics.csv, events.jsonl): a resume keeps
 * every iteration the checkpoint says was complete, rebuilds the checkpoint's own line from its
 * copy, drops what came after, and refuses (file unchanged) anything it cannot rebuild.
 */
class LogRecoveryTest {

  private static final String HEADER = "iteration,wall_s,gap";
  private static final String CSV = HEADER + "\n0,0.1,0.5\n1,0.2,0.25\n2,0.3,0.125\n3,0.4,0.0625\n";
  private static final String JSONL =
      "{\"iteration\":0,\"gap\":0.5}\n{\"iteration\":1,\"gap\":0.25}\n"
          + "{\"iteration\":2,\"gap\":0.125}\n{\"iteration\":3,\"gap\":0.0625}\n";

  @TempDir Path dir;

  private LogRecovery.Log csv(Path file) {
    return new LogRecovery.Log(file, true, HEADER, "3,0.4,0.0625");
  }

  private LogRecovery.Log jsonl(Path file) {
    return new LogRecovery.Log(file, false, null, "{\"iteration\":3,\"gap\":0.0625}");
  }

  @Test
  void intactLogsStayByteForByte() throws Exception {
    Path m = write("metrics.csv", CSV);
    Path e = write("events.jsonl", JSONL);
    LogRecovery.recover(csv(m), 3);
    LogRecovery.recover(jsonl(e), 3);
    assertThat(Files.readString(m)).isEqualTo(CSV);
    assertThat(Files.readString(e)).isEqualTo(JSONL);
  }

  @Test
  void tornLastCsvLineOfTheCheckpointIsRebuilt() throws Exception {
    for (int cut = 1; cut < 14; cut++) {
      Path m = write("metrics.csv", CSV.substring(0, CSV.length() - cut));
      LogRecovery.recover(csv(m), 3);
      assertThat(Files.readString(m)).as("cut %d bytes", cut).isEqualTo(CSV);
    }
  }

  @Test
  void tornLastJsonLineOfTheCheckpointIsRebuilt() throws Exception {
    for (int cut = 1; cut < 30; cut++) {
      Path e = write("events.jsonl", JSONL.substring(0, JSONL.length() - cut));
      LogRecovery.recover(jsonl(e), 3);
      assertThat(Files.readString(e)).as("cut %d bytes", cut).isEqualTo(JSONL);
    }
  }

  @Test
  void linesAfterTheCheckpointAndATornTailAreDropped() throws Exception {
    Path m = write("metrics.csv", CSV + "4,0.5,0.03\n5,0.6,0.0");
    LogRecovery.recover(csv(m), 3);
    assertThat(Files.readString(m)).isEqualTo(CSV);
    Path e = write("events.jsonl", JSONL + "{\"iteration\":4,\"gap\":0.03}\n{\"itera");
    LogRecovery.recover(jsonl(e), 3);
    assertThat(Files.readString(e)).isEqualTo(JSONL);
  }

  @Test
  void damageBeforeTheCheckpointIsRefusedNamingFileAndLineWithoutChangingIt() throws Exception {
    String damaged = CSV.replace("1,0.2,0.25", "1,0.2,0.2\u0000#");
    damaged = damaged.replace("\n2,", "\nx2,");
    Path m = write("metrics.csv", damaged);
    assertThatThrownBy(() -> LogRecovery.recover(csv(m), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metrics.csv line 4");
    assertThat(Files.readString(m)).isEqualTo(damaged);
  }

  @Test
  void interleavedWritersAreRefusedNotMerged() throws Exception {
    String interleaved = HEADER + "\n0,0.1,0.5\n1,0.2,0.25\n1,0.2,0.25\n2,0.3,0.125\n3,0.4,0.06\n";
    Path m = write("metrics.csv", interleaved);
    assertThatThrownBy(() -> LogRecovery.recover(csv(m), 3))
        .hasMessageContaining("line 4")
        .hasMessageContaining("iteration 1 where 2 belongs");
    assertThat(Files.readString(m)).isEqualTo(interleaved);
  }

  @Test
  void aLogEndingTwoIterationsShortIsRefused() throws Exception {
    Path e = write("events.jsonl", JSONL.substring(0, JSONL.indexOf("{\"iteration\":2")));
    assertThatThrownBy(() -> LogRecovery.recover(jsonl(e), 3))
        .hasMessageContaining("events.jsonl ends after iteration 1");
  }

  @Test
  void aMissingOrTornHeaderIsRebuiltWhenNothingElseIsThere() throws Exception {
    Path m = write("metrics.csv", "itera");
    LogRecovery.recover(new LogRecovery.Log(m, true, HEADER, "0,0.1,0.5"), 0);
    assertThat(Files.readString(m)).isEqualTo(HEADER + "\n0,0.1,0.5\n");
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void aRunExtendedAfterItsStopLosesOnlyTheStopMark() throws Exception {
    String stopped =
        JSONL.replace("\"gap\":0.0625}", "\"gap\":0.0625,\"stopped_by\":\"iterations\"}");
    Path e = write("events.jsonl", stopped);
    LogRecovery.clearStop(e);
    assertThat(Files.readString(e)).isEqualTo(JSONL);
    LogRecovery.clearStop(e);
    assertThat(Files.readString(e)).isEqualTo(JSONL);
  }
}
