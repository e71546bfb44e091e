package org.psro4j.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive lock a process holds on a run directory for as long as it writes there: an OS file
 * lock ({@link FileChannel#tryLock}) on {@code DIR/.lock}, which also holds the holder's PID. The
 * OS releases it when the process dies, so {@code kill -9} leaves no stale lock; a second writer is
 * refused with one line naming the holder's PID.
 */
public final class RunLock implements AutoCloseable {

  /** The lock file's name inside the run directory. */
  public static final String FILE = ".lock";

  // Closing any descriptor of a file drops the process's POSIX locks on it, so a process must not
  // even open the lock file of a directory it already holds: it checks this set first.
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path dir;
  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path dir, Path key, FileChannel channel, FileLock lock) {
    this.dir = dir;
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code dir} (created if missing), or throws {@link IllegalArgumentException}
   * naming the process that holds it.
   */
  public static RunLock acquire(Path dir) {
    Path file = dir.resolve(FILE);
    FileChannel ch = null;
    Path key = null;
    try {
      Files.createDirectories(dir);
      key = dir.toRealPath();
      if (!HELD.add(key)) {
        key = null;
        throw inUse(dir, Long.toString(ProcessHandle.current().pid()));
      }
      ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very process
      }
      if (lock == null) {
        String holder = holder(ch);
        throw inUse(dir, holder);
      }
      ch.truncate(0);
      ch.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
          0);
      ch.force(false);
      RunLock held = new RunLock(dir, key, ch, lock);
      key = null;
      ch = null;
      return held;
    } catch (java.nio.file.FileSystemException e) {
      String reason = e.getReason() == null ? "permission denied" : e.getReason();
      throw new IllegalArgumentException(
          dir
              + " cannot be written ("
              + reason.toLowerCase(java.util.Locale.ROOT)
              + "); commands that write a run directory need write access to it");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + dir + ": " + e.getMessage(), e);
    } finally {
      closeQuietly(ch);
      if (key != null) {
        HELD.remove(key);
      }
    }
  }

  private static IllegalArgumentException inUse(Path dir, String holder) {
    return new IllegalArgumentException(
        dir
            + " is in use by another psro4j process"
            + (holder.isEmpty() ? "" : " (PID " + holder + ")")
            + "; wait for it to finish or stop it first");
  }

  /** The locked directory. */
  public Path dir() {
    return dir;
  }

  /** Releases the lock (the PID stays in the file; only the OS lock counts). */
  @Override
  public void close() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the lock of " + dir, e);
    } finally {
      HELD.remove(key);
    }
  }

  private static String holder(FileChannel ch) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(32);
    ch.read(buf, 0);
    return new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException e) {
        // already failing with the first error
      }
    }
  }
}
