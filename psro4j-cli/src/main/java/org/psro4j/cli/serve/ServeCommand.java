package org.psro4j.cli.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code psro4j serve [DIR]}: a local page listing the runs under DIR with live curves. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serves a local web page listing the runs under DIR (default runs) and drawing their gap"
            + " curves, updated as runs append iterations. Read-only; binds 127.0.0.1 unless"
            + " --host says otherwise. Ctrl-C stops it.",
    footer = {
      "",
      "Examples:",
      "  psro4j serve                      # http://127.0.0.1:8080/",
      "  psro4j serve runs/sweep --port 9000"
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = "runs",
      description = "Directory holding run directories (default ${DEFAULT-VALUE}).")
  Path root;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    RunsServer server = RunsServer.start(root, host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    PrintWriter out = spec.commandLine().getOut();
    out.println("serving " + root + " at " + server.uri() + " (Ctrl-C stops)");
    out.flush();
    stopped.await();
    return 0;
  }
}
