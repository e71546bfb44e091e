package org.psro4j.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.psro4j.game.Game;
import org.psro4j.learn.SessionState;
import org.psro4j.learn.SessionStateFiles;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;

/**
 * Policies and learner checkpoints as versioned byte blobs, so they can cross a process boundary:
 * the files the policy codecs ({@link PolicyFiles}) or {@link SessionStateFiles} write, packed in a
 * ZIP whose first entry {@code blob.json} names the format and its version. Never Java
 * serialization.
 */
public final class Blobs {

  /** The blob format version this class writes and reads. */
  public static final int VERSION = 1;

  private static final String HEADER = "blob.json";
  private static final String POLICY = "policy";
  private static final String SESSION = "session";
  private static final String POLICY_FILE = "policy.json";

  private Blobs() {}

  /** {@code policy} of {@code game} as a blob. */
  public static byte[] ofPolicy(Policy policy, Game game) {
    return pack(POLICY, dir -> PolicyFiles.write(policy, game, dir.resolve(POLICY_FILE)));
  }

  /** The policy in a blob made by {@link #ofPolicy}. */
  public static Policy policy(byte[] blob, Game game) {
    return unpack(blob, POLICY, dir -> PolicyFiles.read(game, dir.resolve(POLICY_FILE)));
  }

  /** A training session's saved state as a blob. */
  public static byte[] ofSession(SessionState state) {
    return pack(SESSION, dir -> SessionStateFiles.write(dir, state));
  }

  /** The session state in a blob made by {@link #ofSession}. */
  public static SessionState session(byte[] blob) {
    return unpack(blob, SESSION, SessionStateFiles::read);
  }

  /**
   * The environment steps a learner checkpoint blob was saved at (its session's {@code steps}
   * field), or {@code otherwise} when it names none or is not a session blob.
   */
  public static long checkpointSteps(byte[] checkpoint, long otherwise) {
    try {
      return session(checkpoint).fields().path("steps").asLong(otherwise);
    } catch (RuntimeException e) {
      return otherwise;
    }
  }

  private interface Writer {
    void write(Path dir) throws IOException;
  }

  private interface Reader<T> {
    T read(Path dir) throws IOException;
  }

  private static byte[] pack(String kind, Writer writer) {
    Path dir = null;
    try {
      dir = scratchFolder();
      writer.write(dir);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        // Network weights hardly compress; the fastest level spends the least CPU on them (a
        // worker packs a snapshot and a learner checkpoint at every refresh).
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(HEADER));
        zip.write(
            ("{\"format\":\"psro4j-blob\",\"kind\":\"" + kind + "\",\"version\":" + VERSION + "}")
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        for (Path file : files(dir)) {
          zip.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
          zip.write(Files.readAllBytes(file));
          zip.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pack a " + kind + " blob", e);
    } finally {
      delete(dir);
    }
  }

  private static <T> T unpack(byte[] blob, String kind, Reader<T> reader) {
    Path dir = null;
    try {
      dir = scratchFolder();
      boolean headerSeen = false;
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(blob))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          byte[] content = zip.readAllBytes();
          if (e.getName().equals(HEADER)) {
            String header = new String(content, StandardCharsets.UTF_8);
            String expected = "\"kind\":\"" + kind + "\",\"version\":" + VERSION + "}";
            if (!header.endsWith(expected)) {
              throw new IllegalArgumentException(
                  "blob header " + header + " is not a " + kind + " blob of version " + VERSION);
            }
            headerSeen = true;
            continue;
          }
          Path target = dir.resolve(e.getName()).normalize();
          if (!target.startsWith(dir)) {
            throw new IllegalArgumentException("blob entry " + e.getName() + " leaves its folder");
          }
          Files.createDirectories(target.getParent());
          Files.write(target, content);
        }
      }
      if (!headerSeen) {
        throw new IllegalArgumentException("not a psro4j " + kind + " blob (no " + HEADER + ")");
      }
      return reader.read(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack a " + kind + " blob", e);
    } finally {
      delete(dir);
    }
  }

  /**
   * A new scratch folder for one blob's files: in memory ({@code /dev/shm}) where the system has
   * one, since the policy and session writers force their files to disk and a folder deleted a
   * moment later need not reach it (on Leduc the forces took about 3% of a Pipeline run's time);
   * else the default temporary folder.
   */
  private static Path scratchFolder() throws IOException {
    Path memory = Path.of("/dev/shm");
    if (Files.isDirectory(memory) && Files.isWritable(memory)) {
      try {
        return Files.createTempDirectory(memory, "psro4j-blob");
      } catch (IOException e) {
        // Full or not permitted: fall through to the default temporary folder.
      }
    }
    return Files.createTempDirectory("psro4j-blob");
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temp folder left behind is harmless; the blob itself is complete.
    }
  }
}
