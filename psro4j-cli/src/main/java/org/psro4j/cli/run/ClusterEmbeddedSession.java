package org.psro4j.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.psro4j.cli.report.RunReport;
import org.psro4j.cluster.ClusterRun;
import org.psro4j.cluster.ManagerStartOptions;
import org.psro4j.cluster.RunSpec;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.pipeline.PipelineSettings;
import org.psro4j.psro.ExactBestResponse;

/**
 * {@code run --algo pipeline --cluster embedded}: the same Pipeline PSRO run on a one-JVM Pekko
 * cluster (a manager member and {@code --workers} worker members, each its own actor system,
 * talking JSON over TCP on 127.0.0.1), for tests and for comparing with the thread engine. The run
 * directory is the thread engine's: {@code psro4j resume} continues it on threads.
 */
final class ClusterEmbeddedSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterEmbeddedSession() {}

  static int run(RunConfig c, RunOutput output, PrintWriter out) throws Exception {
    return run(c, output, out, false);
  }

  /** The run with the members talking mutual TLS ({@code tls}) or plain TCP. */
  static int run(RunConfig c, RunOutput output, PrintWriter out, boolean tls) throws Exception {
    Game game = Games.load(c.game());
    PipelineSession.driver(c, game).close(); // the thread engine's checks of every setting
    Path dir =
        output.out != null
            ? output.out
            : Path.of("runs", game.type().shortName() + "-pipeline-cluster");
    PipelineSettings settings = c.pipeline().settings(Math.max(1, c.iterations()));
    long evalEpisodes = c.episodes() > 0 ? c.episodes() : walkable(game) ? 0 : 20_000;
    RunSpec spec =
        new RunSpec(
            dir.getFileName().toString(),
            game.toString(),
            c.oracle(),
            c.oracleOptions() == null ? java.util.Map.of() : c.oracleOptions(),
            c.seed(),
            Math.max(1, c.pipeline().plateauPer() / 4),
            Math.max(1, c.pipeline().refresh()),
            evalEpisodes,
            settings.smoothing());
    ObjectNode node = PipelineConfigJson.ofCluster(c, game);
    try (ClusterRun run =
        ClusterRun.start(
            ManagerStartOptions.of(dir, game, node, spec, settings, RunAssembly.solver(c))
                .withForce(output.force)
                .withTls(tls)
                .withEpisodeBudget(c.pipeline().episodeBudget()))) {
      for (int w = 0; w < c.pipeline().workers(); w++) {
        run.startLocalMember(1, w == 0);
      }
      ClusterFollower.follow(
          run.driver(),
          dir,
          Math.max(1, c.iterations()) * game.numPlayers(),
          !output.quiet && !output.json,
          out);
    }
    Path report = output.report ? RunReport.write(dir) : null;
    if (output.json) {
      ObjectNode s = JSON.createObjectNode();
      s.put("run", dir.toString());
      s.put("game", game.toString());
      s.put("engine", "cluster-embedded");
      s.put("report", report == null ? null : report.toString());
      out.println(s.toPrettyString());
    } else if (!output.quiet) {
      out.println("run directory: " + dir);
      if (report != null) {
        out.println("report:        " + report);
      }
    }
    out.flush();
    return 0;
  }

  private static boolean walkable(Game game) {
    try {
      ExactBestResponse.requireWalkable(game, "evaluation");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
