package org.psro4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.psro4j.game.GameSpec;
import org.psro4j.game.Games;
import org.psro4j.game.ParameterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code psro4j games}: the registered games, their parameters and defaults. */
@Command(
    name = "games",
    mixinStandardHelpOptions = true,
    description = "Lists the registered games with their parameters and defaults.",
    footer = {"", "Example:", "  psro4j games", "  psro4j games --json"})
final class GamesCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
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
      System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out));
      return 0;
    }
    for (GameSpec spec : Games.registered()) {
      System.out.printf("%-22s %s%n", spec.name(), spec.description());
      for (ParameterSpec p : spec.parameters()) {
        System.out.printf(
            "  %-20s %-6s default %-10s %s%n",
            p.name(), p.typeName(), p.defaultValue(), p.description());
      }
    }
    return 0;
  }
}
