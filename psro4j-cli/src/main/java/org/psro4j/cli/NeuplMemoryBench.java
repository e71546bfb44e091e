package org.psro4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The memory claim of NeuPL (Liu et al., ICLR 2022; NeuPL-JPSRO, AAMAS 2024): one conditional
 * network holds a whole population, so memory does not grow with it the way one network per policy
 * does. For populations of 10, 20 and 40 policies per player of Leduc poker, parameters and the
 * growth of resident memory of one FiLM-conditioned population network against as many separate
 * MLPs of the same trunk (64×64), each measured in a fresh JVM ({@link NeuplMemoryProbe}). Opt-in:
 * {@code psro4j bench --only neupl-memory}.
 */
final class NeuplMemoryBench {

  static final String NAME = "neupl-memory";
  static final String GAME = "leduc_poker";
  static final int[] POPULATIONS = {10, 20, 40};

  private NeuplMemoryBench() {}

  static void run(PrintWriter out, boolean json, ArrayNode results) {
    if (!json) {
      out.printf(
          Locale.ROOT,
          "%-13s %s, per player; FiLM net (64x64, embedding %d) vs one 64x64 MLP per policy%n",
          NAME,
          GAME,
          NeuplMemoryProbe.EMBEDDING);
      out.printf(
          Locale.ROOT,
          "%-13s %4s %12s %12s %10s %10s%n",
          "",
          "n",
          "params cond",
          "params sep",
          "RSS cond",
          "RSS sep");
    }
    for (int n : POPULATIONS) {
      JsonNode cond = probe("conditional", n);
      JsonNode sep = probe("separate", n);
      ObjectNode o = results.addObject();
      o.put("scenario", NAME);
      o.put("game", GAME);
      o.put("population_per_player", n);
      o.put("conditional_parameters", cond.path("parameters").asLong());
      o.put("separate_parameters", sep.path("parameters").asLong());
      o.put("conditional_rss_kib", cond.path("rss_kib").asLong());
      o.put("separate_rss_kib", sep.path("rss_kib").asLong());
      if (!json) {
        out.printf(
            Locale.ROOT,
            "%-13s %4d %12d %12d %7d KiB %7d KiB%n",
            "",
            n,
            cond.path("parameters").asLong(),
            sep.path("parameters").asLong(),
            cond.path("rss_kib").asLong(),
            sep.path("rss_kib").asLong());
        out.flush();
      }
    }
  }

  /** Runs one probe in a fresh JVM with this JVM's java binary and class path. */
  private static JsonNode probe(String kind, int n) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(NeuplMemoryProbe.class.getName());
    cmd.add(kind);
    cmd.add(Integer.toString(n));
    cmd.add(GAME);
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = p.waitFor();
      String last = text.strip().lines().reduce((a, b) -> b).orElse("");
      if (code != 0 || !last.startsWith("{")) {
        throw new IllegalStateException(
            "memory probe " + kind + " " + n + " failed (exit " + code + "): " + last);
      }
      return new ObjectMapper().readTree(last);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while probing memory", e);
    }
  }
}
