package org.psro4j.cli.progress;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar with rate and ETA, redrawn in place on a terminal at most ten times a
 * second. Disabled (prints nothing) when the output is not a terminal or with {@code --quiet}.
 */
public final class ProgressBar implements AutoCloseable {

  private static final int WIDTH = 28;

  private final String label;
  private final long total;
  private final boolean enabled;
  private final PrintStream out;
  private final long startNanos = System.nanoTime();
  private long lastDrawNanos;
  private long done;
  private String status = "";

  /** A bar for {@code total} units of work; {@code enabled=false} makes every call a no-op. */
  public ProgressBar(String label, long total, boolean enabled, PrintStream out) {
    if (total <= 0) {
      throw new IllegalArgumentException("progress total " + total + " must be positive");
    }
    this.label = label;
    this.total = total;
    this.enabled = enabled;
    this.out = out;
  }

  /** Whether standard error is an interactive terminal (so a bar can be redrawn in place). */
  public static boolean isTerminal() {
    java.io.Console console = System.console();
    return console != null && console.isTerminal();
  }

  /** Records progress {@code done} of total and a short status shown after the ETA. */
  public synchronized void update(long done, String status) {
    this.done = Math.min(done, total);
    this.status = status == null ? "" : status;
    long now = System.nanoTime();
    if (enabled && (now - lastDrawNanos > 100_000_000L || this.done == total)) {
      lastDrawNanos = now;
      out.print("\r" + render(now) + "\u001b[K");
      out.flush();
    }
  }

  /** Adds one unit of progress. */
  public void step(String status) {
    update(done + 1, status);
  }

  /** Erases the bar so that normal lines can be printed. */
  public synchronized void clear() {
    if (enabled) {
      out.print("\r\u001b[K");
      out.flush();
    }
  }

  String render(long nowNanos) {
    double fraction = (double) done / total;
    int filled = (int) Math.round(fraction * WIDTH);
    double elapsed = (nowNanos - startNanos) / 1e9;
    String eta = done == 0 ? "--:--" : clock(elapsed * (total - done) / done);
    return String.format(
        Locale.ROOT,
        "%s [%s%s] %d/%d %3.0f%% %s ETA %s %s",
        label,
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        done,
        total,
        100 * fraction,
        clock(elapsed),
        eta,
        status);
  }

  /** Seconds as m:ss or h:mm:ss. */
  static String clock(double seconds) {
    long s = Math.round(seconds);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  @Override
  public synchronized void close() {
    if (enabled) {
      out.print("\r" + render(System.nanoTime()) + "\u001b[K\n");
      out.flush();
    }
  }
}
