package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/** docs/settings.md is what the code generates, and every example settings file runs. */
class SettingsDocTest {

  private static final Path ROOT = Path.of("..");

  @TempDir Path dir;

  @Test
  void committedSettingsPageIsTheGeneratedOne() throws Exception {
    String generated = SettingsDoc.markdown();
    assertThat(Files.readString(ROOT.resolve("docs/settings.md")))
        .as(
            "regenerate with: java -cp psro4j-cli/target/psro4j.jar"
                + " org.psro4j.cli.run.SettingsDoc > docs/settings.md")
        .isEqualTo(generated);
    for (RecordComponent c : RunConfig.class.getRecordComponents()) {
      String key = c.getAccessor().getAnnotation(JsonProperty.class).value();
      assertThat(generated).contains("| `" + key + "` |");
    }
  }

  @Test
  void everyExampleIsAValidSettingsFileAndTheSmallOnesRun() throws Exception {
    List<Path> examples;
    try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
      examples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(examples)
        .extracting(p -> p.getFileName().toString())
        .contains("leduc-exact.json", "kuhn-ppo.json", "kuhn3-jpsro.json", "ssa.json");
    ObjectMapper json = new ObjectMapper();
    for (Path example : examples) {
      RunConfig config =
          RunConfig.defaults()
              .overriddenBy(ConfigFile.parse(example.toString(), json.readTree(example.toFile())))
              .withDefaultSolver();
      config.validate();
    }
    for (String small : List.of("leduc-exact.json", "kuhn3-jpsro.json", "kuhn-ppo.json")) {
      Path out = dir.resolve(small.replace(".json", ""));
      List<String> args =
          new java.util.ArrayList<>(
              List.of(
                  "run",
                  "--config",
                  ROOT.resolve("examples").resolve(small).toString(),
                  "--iterations",
                  "1",
                  "--quiet",
                  "--no-report",
                  "--out",
                  out.toString()));
      if (small.contains("ppo")) {
        args.addAll(List.of("--br-steps", "2000")); // a short best response; the file says 100k
      }
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertThat(r.exitCode()).as(small + ": " + r.err()).isZero();
      assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(3);
    }
  }
}
