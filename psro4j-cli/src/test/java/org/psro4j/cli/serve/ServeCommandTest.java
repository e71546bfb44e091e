package org.psro4j.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

class ServeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** A finished 4-iteration Kuhn run, cut back to its first {@code rows} iterations. */
  private List<String> runCutTo(Path root, String name, int rows) throws Exception {
    Path run = root.resolve(name);
    Cli.Result r =
        Cli.run(
            "run", "--game", "kuhn_poker", "--iterations", "4", "--quiet", "--out", run.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(run.resolve("metrics.csv"));
    Files.write(run.resolve("metrics.csv"), lines.subList(0, rows + 1));
    return lines;
  }

  private static JsonNode get(URI uri) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(uri.toString()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void apiListsRunsAndCurvesAndRefusesOtherPaths() throws Exception {
    Path root = dir.resolve("runs");
    runCutTo(root, "kuhn", 3);
    try (RunsServer server = RunsServer.start(root, "127.0.0.1", 0)) {
      assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
      JsonNode runs = get(server.uri().resolve("/api/runs"));
      assertThat(runs).hasSize(1);
      assertThat(runs.get(0).get("name").asText()).isEqualTo("kuhn");
      assertThat(runs.get(0).get("iterations").asInt()).isEqualTo(3);
      assertThat(runs.get(0).get("budget").asInt()).isEqualTo(4);
      JsonNode curves = get(server.uri().resolve("/api/curves?run=kuhn"));
      assertThat(curves.get("columns").get("nash_conv")).hasSize(3);
      assertThat(curves.get("columns").get("nash_conv").get(0).asDouble())
          .isEqualTo(0.9166666666666667);
      HttpResponse<String> escape =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(server.uri().resolve("/api/curves?run=..%2F..")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(escape.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void pageListsRunsAndACurveGainsAPointWhenARunWritesAnIteration() throws Exception {
    assumeTrue(Files.isExecutable(HeadlessChromium.BINARY), "chromium is not installed");
    Path root = dir.resolve("runs");
    List<String> full = runCutTo(root, "kuhn", 3);
    runCutTo(root, "other", 4);
    // The browser profile lives outside @TempDir: Chromium may still touch it while it exits.
    Path profile = Files.createTempDirectory("psro4j-chromium");
    try (RunsServer server = RunsServer.start(root, "127.0.0.1", 0);
        HeadlessChromium browser = new HeadlessChromium(server.uri(), profile)) {
      int listed =
          browser.waitForAtLeast(
              "document.querySelectorAll('tr.run').length", 2, Duration.ofSeconds(30));
      assertThat(listed).isEqualTo(2);
      String nashPoints = "document.querySelectorAll('circle.pt[data-curve=nash_conv]').length";
      assertThat(browser.waitForAtLeast(nashPoints, 3, Duration.ofSeconds(30))).isEqualTo(3);
      // The run writes its next iteration: the page's next poll draws it.
      Files.writeString(
          root.resolve("kuhn/metrics.csv"), full.get(4) + "\n", StandardOpenOption.APPEND);
      assertThat(browser.waitForAtLeast(nashPoints, 4, Duration.ofSeconds(30))).isEqualTo(4);
      assertThat(browser.evaluate("document.getElementById('title').textContent").asText())
          .isEqualTo("kuhn");
    } finally {
      deleteQuietly(profile);
    }
  }

  @Test
  void badPortAndMissingDirectoryAreOneLineErrors() {
    Cli.Result port = Cli.run("serve", dir.toString(), "--port", "70000");
    assertThat(port.exitCode()).isEqualTo(2);
    assertThat(port.err()).contains("--port 70000");
    Cli.Result missing = Cli.run("serve", dir.resolve("nope").toString(), "--port", "0");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope").contains("not a directory");
  }

  private static void deleteQuietly(Path root) throws java.io.IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (java.io.IOException e) {
          // a Chromium helper still exiting; the directory is only a browser profile
        }
      }
    }
  }
}
