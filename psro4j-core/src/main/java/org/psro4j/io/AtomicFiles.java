package org.psro4j.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader (or a run resumed after {@code kill -9}) sees either the old
 * content or the new one, never a torn file: write a temporary sibling, force it to disk, rename.
 * Temporary siblings are named {@code .NAME.RANDOM.tmp} (see {@link StaleTempFiles}) and created
 * with the process's default mode (0666 less the umask), so every file of a run has one mode.
 */
public final class AtomicFiles {

  /** Suffix of every temporary sibling. */
  public static final String TEMP_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /** Replaces {@code target} with {@code content} atomically. */
  public static void write(Path target, byte[] content) {
    Path tmp = null;
    try {
      tmp = newTempSibling(target);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      moveOver(tmp, target);
    } catch (AccessDeniedException e) {
      // name the user's file, not our temporary sibling
      throw new UncheckedIOException(
          "cannot write " + target, new AccessDeniedException(target.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** Replaces {@code target} with UTF-8 {@code text} atomically. */
  public static void write(Path target, String text) {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Creates an empty temporary sibling of {@code target} (creating its directory), with the mode a
   * plain new file gets (unlike {@link Files#createTempFile}, which makes it 0600).
   */
  public static Path newTempSibling(Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    while (true) {
      String name =
          "."
              + abs.getFileName()
              + "."
              + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
              + TEMP_SUFFIX;
      try {
        return Files.createFile(dir.resolve(name));
      } catch (FileAlreadyExistsException e) {
        // another writer drew the same name: draw again
      }
    }
  }

  /** Renames {@code tmp} over {@code target}, atomically where the file system can. */
  public static void moveOver(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp == null) {
      return;
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      // the rename already happened or the directory is gone; a stale sibling is cleaned later
    }
  }
}
