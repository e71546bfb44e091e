package org.psro4j.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools Protocol (a WebSocket from the JDK's
 * HTTP client): opens a page and evaluates JavaScript in it while it runs.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final WebSocket socket;
  private final BlockingQueue<JsonNode> replies = new LinkedBlockingQueue<>();
  private int nextId = 1;

  HeadlessChromium(URI page, Path profile) throws Exception {
    process =
        new ProcessBuilder(
                List.of(
                    BINARY.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--no-first-run",
                    "--disable-sync",
                    "--user-data-dir=" + profile,
                    "--remote-debugging-port=0",
                    page.toString()))
            .redirectErrorStream(true)
            .redirectOutput(profile.resolve("chromium.log").toFile())
            .start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new IllegalStateException("chromium did not open its DevTools port");
      }
      Thread.sleep(100);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).getFirst().trim());
    HttpClient http = HttpClient.newHttpClient();
    String target = null;
    while (target == null) {
      JsonNode list =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      for (JsonNode t : list) {
        if (t.path("type").asText().equals("page")) {
          target = t.path("webSocketDebuggerUrl").asText();
        }
      }
      if (target == null) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("chromium opened no page");
        }
        Thread.sleep(100);
      }
    }
    socket =
        http.newWebSocketBuilder()
            .buildAsync(URI.create(target), new Collector())
            .get(30, TimeUnit.SECONDS);
  }

  /** Evaluates {@code expression} in the page and returns its value as JSON. */
  JsonNode evaluate(String expression) throws Exception {
    int id = nextId++;
    String message =
        JSON.writeValueAsString(
            JSON.createObjectNode()
                .put("id", id)
                .put("method", "Runtime.evaluate")
                .set(
                    "params",
                    JSON.createObjectNode()
                        .put("expression", expression)
                        .put("returnByValue", true)));
    socket.sendText(message, true).get(10, TimeUnit.SECONDS);
    while (true) {
      JsonNode reply = replies.poll(30, TimeUnit.SECONDS);
      if (reply == null) {
        throw new IllegalStateException("no reply to " + expression);
      }
      if (reply.path("id").asInt() == id) {
        return reply.path("result").path("result").path("value");
      }
    }
  }

  /** Polls {@code expression} until it is at least {@code target}; returns the last value. */
  int waitForAtLeast(String expression, int target, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    int value = evaluate(expression).asInt(-1);
    while (value < target && System.nanoTime() < deadline) {
      Thread.sleep(200);
      value = evaluate(expression).asInt(-1);
    }
    return value;
  }

  @Override
  public void close() {
    socket.abort();
    // Chromium's helper processes (zygote, renderer, GPU) outlive a killed browser process and
    // keep writing to the profile: stop the whole tree.
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          replies.add(JSON.readTree(partial.toString()));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
