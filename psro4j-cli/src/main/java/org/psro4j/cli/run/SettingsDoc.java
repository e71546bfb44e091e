package org.psro4j.cli.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The reference of every settings-file key ({@code docs/settings.md}), generated from the code: the
 * keys are {@link RunConfig}'s components, the text is the matching {@code run} option's help, the
 * default is {@link RunConfig#defaults()}. A test holds the committed file equal to this, so the
 * document cannot drift from the code; {@code main} prints it.
 */
public final class SettingsDoc {

  /** Oracle options that {@code run} also takes as flags of their own. */
  private static final Map<String, String> ORACLE_FLAGS =
      Map.of("br_steps", "--br-steps", "device", "--device", "policy_net", "--policy-net");

  private SettingsDoc() {}

  /** Prints the Markdown reference on standard output. */
  public static void main(String[] args) {
    System.out.print(markdown());
  }

  /** The Markdown reference. */
  public static String markdown() {
    CommandLine.Model.CommandSpec run = new CommandLine(new RunCommand()).getCommandSpec();
    RunConfig defaults = RunConfig.defaults();
    StringBuilder b = new StringBuilder();
    b.append("# Settings files\n\n")
        .append("`psro4j run --config FILE.json` reads these keys (flags given on the command line")
        .append(" override the file); a run's own `config.json` is a valid settings file. Examples")
        .append(" are in `examples/`. This page is generated from the code")
        .append(" (`org.psro4j.cli.run.SettingsDoc`) and a test keeps it equal.\n\n")
        .append("| key | flag | default | meaning |\n|---|---|---|---|\n");
    for (RecordComponent c : RunConfig.class.getRecordComponents()) {
      String key = c.getAccessor().getAnnotation(JsonProperty.class).value();
      if (key.equals(PipelineConfig.KEY)) {
        pipelineRows(b, run);
        continue;
      }
      String flag = "--" + key.replace('_', '-');
      OptionSpec option = run.findOption(flag);
      String help =
          key.equals("oracle_options")
              ? "options of the oracle as strings, e.g. {\"br_steps\": \"100000\"}; flag form"
                  + " --oracle-option KEY=VALUE (repeatable)"
              : key.equals("neupl_options")
                  ? "options of NeuPL-JPSRO as strings, e.g. {\"embedding\": \"32\"}; flag form"
                      + " --neupl-option KEY=VALUE (repeatable): "
                      + String.join(" ", run.findOption("--neupl-option").description())
                  : key.equals("imitation_options")
                      ? "options of --init imitation's clone as strings, e.g. {\"games\":"
                          + " \"400\"}; flag form --imitation-option KEY=VALUE (repeatable): "
                          + String.join(" ", run.findOption("--imitation-option").description())
                      : option == null ? "" : String.join(" ", option.description());
      b.append("| `")
          .append(key)
          .append("` | `")
          .append(
              key.equals("oracle_options")
                  ? "--oracle-option"
                  : key.equals("neupl_options")
                      ? "--neupl-option"
                      : key.equals("imitation_options") ? "--imitation-option" : flag)
          .append("` | ")
          .append(defaultOf(c, defaults, key))
          .append(" | ")
          .append(help.replace("|", "\\|"))
          .append(" |\n");
    }
    b.append(
        "\nOracle options with flags of their own:\n\n| option | flag | meaning |\n|---|---|---|\n");
    ORACLE_FLAGS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                b.append("| `")
                    .append(e.getKey())
                    .append("` | `")
                    .append(e.getValue())
                    .append("` | ")
                    .append(String.join(" ", run.findOption(e.getValue()).description()))
                    .append(" |\n"));
    return b.toString();
  }

  /** The grouped Pipeline PSRO keys: one row for the group, one per key. */
  private static void pipelineRows(StringBuilder b, CommandLine.Model.CommandSpec run) {
    b.append("| `")
        .append(PipelineConfig.KEY)
        .append("` | – | – | Pipeline PSRO's settings, the keys below, grouped as a run's")
        .append(" config.json writes them, e.g. {\"workers\": 2}; a settings file may give each")
        .append(" key at the top level instead |\n");
    PipelineConfig defaults = PipelineConfig.defaults();
    for (RecordComponent c : PipelineConfig.class.getRecordComponents()) {
      String key = c.getAccessor().getAnnotation(JsonProperty.class).value();
      String flag = "--" + key.replace('_', '-');
      b.append("| `")
          .append(key)
          .append("` | `")
          .append(flag)
          .append("` | ")
          .append(text(c, defaults))
          .append(" | ")
          .append(String.join(" ", run.findOption(flag).description()).replace("|", "\\|"))
          .append(" |\n");
    }
  }

  private static String defaultOf(RecordComponent c, RunConfig defaults, String key) {
    if (key.equals("threads")) {
      return "the machine's cores";
    }
    if (key.equals("solver")) {
      return "nash (psro, neupl), mgcce (jpsro, neupl-jpsro)";
    }
    return text(c, defaults);
  }

  private static String text(RecordComponent c, Object defaults) {
    try {
      Object v = c.getAccessor().invoke(defaults);
      if (v == null) {
        return "–";
      }
      String text = v instanceof Map<?, ?> m && m.isEmpty() ? "{}" : v.toString();
      return "`" + text.toLowerCase(Locale.ROOT).replace("`", "") + "`";
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
