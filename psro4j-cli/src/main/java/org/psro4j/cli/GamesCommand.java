package org.psro4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.psro4j.game.GameSpec;
import org.psro4j.game.Games;
import org.psro4j.game.ParameterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code psro4j games}: the registered games, their parameters and defaults. */
@Command(
    name = "games",
    mixinStandardHelpOptions = true,
    description = "Lists the registered games with their parameters and defaults.",
    footer = {"", "Example:", "  psro4j games", "  psro4j games --json"})
final class GamesCommand implements Callable<Integer> {

  @Spec CommandSpec commandSpec;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter writer = commandSpec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ArrayNode out = mapper.createArrayNode();
      for (GameSpec spec : Games.registered()) {
        ObjectNode g =
            out.addObject().put("name", spec.name()).put("description", spec.description());
        ObjectNode params = g.putObject("parameters");
        for (ParameterSpec p : spec.parameters()) {
          params.set(p.name(), mapper.valueToTree(p.defaultValue()));
        }
      }
      writer.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out));
      writer.flush();
      return 0;
    }
    for (GameSpec spec : Games.registered()) {
      writer.printf("%-22s %s%n", spec.name(), spec.description());
      for (ParameterSpec p : spec.parameters()) {
        writer.printf(
            "  %-20s %-6s default %-10s %s%n",
            p.name(), p.typeName(), p.defaultValue(), p.description());
      }
    }
    writer.flush();
    return 0;
  }
}
