package org.psro4j.cli.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * The HTTP side of {@code psro4j serve}, on the JDK's own server ({@code jdk.httpserver}): {@code
 * /} the page, {@code /api/runs} the run list, {@code /api/curves?run=NAME} one run's curves,
 * {@code /report?run=NAME} its report.html. Read-only; binds the given host (127.0.0.1 unless told
 * otherwise).
 */
public final class RunsServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final RunListing listing;
  private final byte[] page;

  private RunsServer(HttpServer server, RunListing listing, byte[] page) {
    this.server = server;
    this.listing = listing;
    this.page = page;
  }

  /** Starts serving {@code root} on {@code host:port} (port 0 picks a free one). */
  public static RunsServer start(Path root, String host, int port) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException(root + " is not a directory");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port " + port + " is not in 0..65535");
    }
    byte[] page;
    try (InputStream in = RunsServer.class.getResourceAsStream("index.html")) {
      page = in.readAllBytes();
    }
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(host, port), 16);
    } catch (java.net.BindException e) {
      throw new IllegalArgumentException(
          "--port " + port + " on " + host + " is taken: " + e.getMessage());
    }
    RunsServer s = new RunsServer(http, new RunListing(root), page);
    http.createContext("/", s::handle);
    http.setExecutor(Executors.newFixedThreadPool(2));
    http.start();
    return s;
  }

  /** The port actually bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The page's address. */
  public URI uri() {
    return URI.create("http://" + server.getAddress().getHostString() + ":" + port() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")) {
        send(exchange, 405, "text/plain", "GET only".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      String run = query(exchange, "run");
      switch (path) {
        case "/", "/index.html" -> send(exchange, 200, "text/html; charset=utf-8", page);
        case "/api/runs" -> sendJson(exchange, JSON.writeValueAsBytes(listing.runs()));
        case "/api/curves" -> {
          Optional<?> curves = run == null ? Optional.empty() : listing.curves(run);
          if (curves.isEmpty()) {
            send(exchange, 404, "text/plain", ("no run " + run).getBytes(StandardCharsets.UTF_8));
          } else {
            sendJson(exchange, JSON.writeValueAsBytes(curves.get()));
          }
        }
        case "/report" -> {
          Optional<Path> report = run == null ? Optional.empty() : listing.report(run);
          if (report.isEmpty()) {
            send(
                exchange,
                404,
                "text/plain",
                ("no report for " + run).getBytes(StandardCharsets.UTF_8));
          } else {
            send(exchange, 200, "text/html; charset=utf-8", Files.readAllBytes(report.get()));
          }
        }
        default -> send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException | UncheckedIOException e) {
      // The client went away or a run's file vanished mid-read; the next poll tries again.
    }
  }

  private static String query(HttpExchange exchange, String key) {
    String q = exchange.getRequestURI().getRawQuery();
    if (q == null) {
      return null;
    }
    for (String part : q.split("&")) {
      int eq = part.indexOf('=');
      if (eq > 0 && part.substring(0, eq).equals(key)) {
        return URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void sendJson(HttpExchange exchange, byte[] body) throws IOException {
    send(exchange, 200, "application/json", body);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
