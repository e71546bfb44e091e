package org.psro4j.cli.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psro4j.exact.TreeStrategies;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.OpenSpielPolicyFormat;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyAggregator;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.ExactBestResponse;
import org.psro4j.run.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code psro4j export}: a run's meta-strategy (final, or at one iteration) aggregated into one
 * behaviour policy by realization weights, or a single policy file, written in OpenSpiel's tabular
 * layout ({@link OpenSpielPolicyFormat}).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes a run's meta-strategy as one behaviour policy (realization-weighted, so it earns"
            + " what the mixture earns), or a single policy file, in OpenSpiel's tabular layout.",
    footer = {
      "",
      "Examples:",
      "  psro4j export runs/leduc --format openspiel --out leduc-meta.json",
      "  psro4j export runs/leduc --iteration 20 --format openspiel --out leduc-20.json",
      "  psro4j export runs/leduc/policies/p0_3.json --format openspiel --out p0_3.os.json",
      "",
      "Load it in Python (see README, 'Interop with OpenSpiel') or check it here:",
      "  psro4j exploitability --game leduc_poker --policy leduc-meta.json"
    })
public final class ExportCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "RUN|POLICY",
      description = "A run directory or a policy file.")
  Path source;

  @Option(
      names = "--format",
      description = "Output layout: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).",
      defaultValue = "openspiel")
  Format format;

  @Option(names = "--out", required = true, description = "The file to write.")
  Path out;

  @Option(
      names = "--iteration",
      description = "For a run: the meta-strategy of this iteration (default: the last).")
  Integer iteration;

  @Option(names = "--force", description = "Replace --out if it exists.")
  boolean force;

  @Option(names = "--json", description = "Print a JSON summary instead of text.")
  boolean json;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  /** Output layouts. */
  enum Format {
    openspiel
  }

  @Override
  public Integer call() throws IOException {
    checkOut();
    ObjectNode provenance = JSON.createObjectNode();
    TabularPolicy policy;
    if (Files.isDirectory(source)) {
      policy = fromRun(provenance);
    } else if (Files.isRegularFile(source)) {
      if (iteration != null) {
        throw new IllegalArgumentException("--iteration applies to a run directory, not " + source);
      }
      policy = fromPolicyFile(provenance);
    } else {
      throw new IllegalArgumentException(source + ": no such run directory or policy file");
    }
    OpenSpielPolicyFormat.write(policy, provenance, out);
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      ObjectNode o = JSON.createObjectNode();
      o.put("out", out.toString());
      o.put("game", policy.game());
      o.put("info_states", policy.size());
      o.set("source", provenance);
      w.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
    } else {
      w.printf(
          Locale.ROOT,
          "wrote %s: %s, %d information states (OpenSpiel tabular layout)%n",
          out,
          policy.game(),
          policy.size());
    }
    w.flush();
    return 0;
  }

  private void checkOut() {
    if (out.toString().isEmpty()) {
      throw new IllegalArgumentException("--out is empty: name the file to write");
    }
    if (Files.isDirectory(out)) {
      throw new IllegalArgumentException("--out " + out + " is a directory; name a file");
    }
    if (Files.exists(out) && !force) {
      throw new IllegalArgumentException("--out " + out + " exists; use --force to replace it");
    }
  }

  private TabularPolicy fromRun(ObjectNode provenance) throws IOException {
    ObjectNode config = RunDirectory.readConfig(source);
    Game game = Games.load(config.path("game").asText());
    ExactBestResponse.requireWalkable(game, "export");
    JsonNode event = event(iteration);
    int k = event.path("iteration").asInt();
    List<List<Policy>> populations = new ArrayList<>();
    List<double[]> weights = new ArrayList<>();
    List<List<Policy>> all = RunDirectory.checkpoint(source, game).state().population().all();
    for (int p = 0; p < game.numPlayers(); p++) {
      double[] w = JSON.treeToValue(event.path("marginals").path(p), double[].class);
      if (w == null || w.length == 0 || w.length > all.get(p).size()) {
        throw new IllegalArgumentException(
            source.resolve("events.jsonl") + ": iteration " + k + " has no usable marginals");
      }
      weights.add(w);
      populations.add(all.get(p).subList(0, w.length));
    }
    provenance.put("run", source.toString());
    provenance.put("iteration", k);
    provenance.put("algo", config.path("algo").asText("psro"));
    provenance.put("solver", config.path("solver").asText());
    provenance.set("marginals", event.path("marginals"));
    if (java.util.Set.of("jpsro", "neupl-jpsro").contains(config.path("algo").asText("psro"))) {
      provenance.put(
          "note", "JPSRO: each player's marginal of the joint; the correlation is not kept");
    }
    return PolicyAggregator.aggregate(game, populations, weights);
  }

  private TabularPolicy fromPolicyFile(ObjectNode provenance) throws IOException {
    JsonNode head = JSON.readTree(source.toFile());
    String gameString = head == null ? null : head.path("game").asText(null);
    if (gameString == null) {
      throw new IllegalArgumentException("policy file " + source + ": missing string field 'game'");
    }
    Game game = Games.load(gameString);
    ExactBestResponse.requireWalkable(game, "export");
    Policy policy = PolicyFiles.read(game, source);
    provenance.put("policy", source.toString());
    // A tabular file is exported as it stands; other kinds are tabulated on every information
    // state (a policy trained for one player is meaningful at that player's states only).
    return policy instanceof TabularPolicy t ? t : TreeStrategies.tabulate(game, policy);
  }

  private JsonNode event(Integer wanted) throws IOException {
    Path events = source.resolve("events.jsonl");
    if (!Files.isRegularFile(events)) {
      throw new IllegalArgumentException(source + " has no events.jsonl");
    }
    JsonNode found = null;
    for (String line : Files.readAllLines(events)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        continue; // a torn last line; earlier complete iterations still count
      }
      if (wanted == null || node.path("iteration").asInt(-1) == wanted) {
        found = node;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException(
          wanted == null
              ? events + " has no complete iteration"
              : "--iteration " + wanted + ": not in " + events);
    }
    return found;
  }
}
