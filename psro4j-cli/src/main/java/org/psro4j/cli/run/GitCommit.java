package org.psro4j.cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The git commit psro4j was built from, for provenance in config.json: asked of git in the
 * directory the launcher names ({@code -Dpsro4j.home}), "unknown" when there is none.
 */
final class GitCommit {

  private GitCommit() {}

  static String read() {
    try {
      String home = System.getProperty("psro4j.home");
      if (home == null) {
        return "unknown";
      }
      Process p =
          new ProcessBuilder("git", "-C", home, "rev-parse", "HEAD")
              .redirectErrorStream(true)
              .start();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "unknown";
      }
      String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.exitValue() == 0 && s.matches("[0-9a-f]{40}") ? s : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
