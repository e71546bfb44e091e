package org.psro4j.cli.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code psro4j} command in its own JVM on the test class path, its output in a log file. */
final class ChildJvm implements AutoCloseable {

  /** How log lines are stamped: an instant readable by {@link OffsetDateTime#parse}. */
  private static final String STAMP = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

  final Process process;
  final Path log;

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static ChildJvm start(Path log, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("--sun-misc-unsafe-memory-access=allow");
    for (String prop : List.of("DJL_CACHE_DIR", "ENGINE_CACHE_DIR", "ai.djl.offline")) {
      String v = System.getProperty(prop);
      if (v != null) {
        cmd.add("-D" + prop + "=" + v);
      }
    }
    cmd.add("-Dorg.slf4j.simpleLogger.log.ai.djl=error");
    cmd.add("-Dorg.slf4j.simpleLogger.log.org.apache.pekko=error");
    // The fault tests read every learner checkpoint the manager saves (INFO logs only the first).
    cmd.add("-Dorg.slf4j.simpleLogger.log.org.psro4j.cluster.ManagerActor=debug");
    cmd.add("-Dorg.slf4j.simpleLogger.showDateTime=true"); // log lines open with their instant
    cmd.add("-Dorg.slf4j.simpleLogger.dateTimeFormat=" + STAMP);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.psro4j.cli.Main");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("OMP_NUM_THREADS", "1");
    pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
    return new ChildJvm(pb.redirectOutput(log.toFile()).start(), log);
  }

  /** Waits for a log line matching {@code regex} (after {@code from} lines); fails with the log. */
  Matcher await(String regex, int from, long seconds) throws Exception {
    Pattern p = Pattern.compile(regex);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      List<String> lines = lines();
      for (int i = from; i < lines.size(); i++) {
        Matcher m = p.matcher(lines.get(i));
        if (m.find()) {
          return m;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "no line /" + regex + "/ in " + log + ":\n" + String.join("\n", lines()));
  }

  /** The index of the first log line at or after {@code from} matching {@code regex}, or -1. */
  int indexOf(String regex, int from) throws IOException {
    Pattern p = Pattern.compile(regex);
    List<String> lines = lines();
    for (int i = from; i < lines.size(); i++) {
      if (p.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    return -1;
  }

  /** The epoch milliseconds a logged line was written at (its leading stamp). */
  long millis(int line) throws IOException {
    String first = lines().get(line).split(" ", 2)[0];
    return OffsetDateTime.parse(first).toInstant().toEpochMilli();
  }

  List<String> lines() throws IOException {
    return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
  }

  /** SIGKILL: no shutdown hooks, no goodbye to the cluster. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
