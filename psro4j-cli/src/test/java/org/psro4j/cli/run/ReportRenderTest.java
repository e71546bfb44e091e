package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * Opens a run's report.html in headless Chromium (Debian's {@code chromium}, installed by .ci/run)
 * and checks that every plot decoded and the summary, policy and metrics tables rendered, as the
 * page's own load handler records them on {@code <body>}.
 */
class ReportRenderTest {

  @TempDir Path dir;

  @Test
  void reportRendersPlotsAndTableInHeadlessChromium() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(Files.isExecutable(chromium), "chromium is not installed");
    Path run = dir.resolve("run");
    assertThat(
            Cli.run(
                    "run",
                    "--game",
                    "kuhn_poker",
                    "--iterations",
                    "6",
                    "--out",
                    run.toString(),
                    "--quiet")
                .exitCode())
        .isZero();
    Path report = run.resolve("report.html");
    String html = Files.readString(report);
    int images = countMatches(html, "<img ");
    int rows = Files.readAllLines(run.resolve("metrics.csv")).size() - 1;
    Process p =
        new ProcessBuilder(
                List.of(
                    chromium.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--no-first-run",
                    "--disable-sync",
                    "--user-data-dir=" + dir.resolve("profile"),
                    "--virtual-time-budget=5000",
                    "--dump-dom",
                    report.toUri().toString()))
            .redirectError(dir.resolve("chromium.err").toFile())
            .start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(images).isGreaterThanOrEqualTo(7);
    assertThat(attribute(dom, "data-plots-loaded"))
        .as(dom.length() > 400 ? dom.substring(0, 400) : dom)
        .isEqualTo(images);
    assertThat(attribute(dom, "data-metric-rows")).isEqualTo(rows);
    // One policy-table row per policy of the final population (both players).
    String last = Files.readAllLines(run.resolve("events.jsonl")).getLast();
    Matcher sizes = Pattern.compile("\"population_sizes\":\\[(\\d+),(\\d+)]").matcher(last);
    assertThat(sizes.find()).isTrue();
    assertThat(attribute(dom, "data-policy-rows"))
        .isEqualTo(Integer.parseInt(sizes.group(1)) + Integer.parseInt(sizes.group(2)));
    assertThat(attribute(dom, "data-summary-items")).isGreaterThanOrEqualTo(10);
    assertThat(dom).contains("<h2>Convergence</h2>").contains("<h2>Meta-strategy</h2>");
  }

  private static int attribute(String dom, String name) {
    Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static int countMatches(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
