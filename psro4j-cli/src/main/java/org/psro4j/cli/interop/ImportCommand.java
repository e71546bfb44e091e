package org.psro4j.cli.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.OpenSpielPolicyFormat;
import org.psro4j.policy.TabularPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code psro4j import}: reads a policy in OpenSpiel's tabular layout ({@link
 * OpenSpielPolicyFormat}), checks it against the game, and writes it as a psro4j policy file.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Reads a policy in OpenSpiel's tabular layout (as 'psro4j export' writes it), checks every"
            + " information state against the game, and writes a psro4j tabular policy file.",
    footer = {
      "",
      "Examples:",
      "  psro4j import leduc-meta.json --out leduc-meta.psro4j.json",
      "  psro4j exploitability --game leduc_poker --policy leduc-meta.psro4j.json"
    })
public final class ImportCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The OpenSpiel-layout policy file.")
  Path file;

  @Option(names = "--out", required = true, description = "The psro4j policy file to write.")
  Path out;

  @Option(names = "--force", description = "Replace --out if it exists.")
  boolean force;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    if (out.toString().isEmpty() || Files.isDirectory(out)) {
      throw new IllegalArgumentException("--out '" + out + "' must name a file");
    }
    if (Files.exists(out) && !force) {
      throw new IllegalArgumentException("--out " + out + " exists; use --force to replace it");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not valid JSON");
    }
    if (root == null || !OpenSpielPolicyFormat.matches(root)) {
      throw new IllegalArgumentException(
          file
              + ": not an OpenSpiel-layout policy (no \"format\": \""
              + OpenSpielPolicyFormat.FORMAT
              + "\")");
    }
    Game game = Games.load(root.path("game").asText());
    TabularPolicy policy = OpenSpielPolicyFormat.read(game, file, root);
    policy.write(out);
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "wrote %s: %s, %d information states%n", out, game, policy.size());
    w.flush();
    return 0;
  }
}
