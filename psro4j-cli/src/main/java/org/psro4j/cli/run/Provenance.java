package org.psro4j.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.psro4j.game.Game;
import org.psro4j.psro.PopulationDriver;
import org.psro4j.rl.nn.DjlRuntime;

/**
 * What {@code config.json} records besides the settings as given (as Tribuo's provenance does): the
 * resolved settings, every default filled in, and the machine the run was made on.
 */
final class Provenance {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Provenance() {}

  /** The solver's and oracle's settings with defaults filled in, and the driver's loop settings. */
  static ObjectNode resolved(RunConfig c, Game game, PopulationDriver driver) {
    ObjectNode o = JSON.createObjectNode();
    o.put("driver", driver.getClass().getSimpleName());
    o.put("gap", driver.gapName());
    o.put("solution_concept", driver.solver().solutionConcept().name().toLowerCase(Locale.ROOT));
    o.set("solver", JSON.valueToTree(new java.util.TreeMap<>(driver.solver().settings())));
    ObjectNode oracle = o.putObject("oracle");
    oracle.put("name", c.oracle());
    oracle.set("options", JSON.valueToTree(new java.util.TreeMap<>(c.oracleOptions())));
    oracle.set("settings", JSON.valueToTree(new java.util.TreeMap<>(driver.oracleSettings())));
    ObjectNode loop = o.putObject("loop");
    loop.put("iterations", driver.settings().iterations());
    loop.put("epsilon", driver.settings().epsilon());
    loop.put("patience", driver.settings().patience());
    loop.put("seed", driver.settings().seed());
    loop.put("threads", driver.settings().threads());
    loop.put("exact_gap", driver.settings().exactGap());
    loop.put("checkpoint_steps", driver.settings().checkpointSteps());
    o.put("evaluator", c.episodes() == 0 ? "exact" : "sampled(" + c.episodes() + " episodes)");
    if (!c.oracle().equals("exact") && !c.oracle().equals("random_search")) {
      String requested = c.oracleOptions().getOrDefault("device", "cpu");
      o.put("device_requested", requested);
      o.put("device", DjlRuntime.device(requested).toString());
    }
    return o;
  }

  /** Java version and vendor, operating system, CPU model and core count. */
  static ObjectNode environment() {
    ObjectNode o = JSON.createObjectNode();
    o.put("java_version", System.getProperty("java.version"));
    o.put("java_vendor", System.getProperty("java.vendor"));
    o.put("java_vm", System.getProperty("java.vm.name"));
    o.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    o.put("cpu", cpuModel());
    o.put("cores", Runtime.getRuntime().availableProcessors());
    return o;
  }

  private static String cpuModel() {
    Path info = Path.of("/proc/cpuinfo");
    try {
      if (Files.isReadable(info)) {
        for (String line : Files.readAllLines(info)) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).strip();
          }
        }
      }
    } catch (IOException e) {
      // Unknown model: the architecture below still says what ran.
    }
    return System.getProperty("os.arch");
  }
}
