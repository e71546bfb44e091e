package org.psro4j.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The content (SHA-256) and mode of every file under a directory, to prove none changed. */
record Snapshot(Path root, Map<Path, String> files) {

  static Snapshot of(Path root) {
    Map<Path, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        String mode =
            java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        files.put(p, HexFormat.of().formatHex(sha) + " " + mode);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return new Snapshot(root, files);
  }

  /** Asserts that every file of this snapshot still exists with the same content and mode. */
  void assertUnchanged(String what) {
    Snapshot now = of(root);
    for (Map.Entry<Path, String> e : files.entrySet()) {
      assertThat(now.files().get(e.getKey()))
          .as("%s: %s existed before and must be unchanged", what, e.getKey())
          .isEqualTo(e.getValue());
    }
  }
}
