package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Games;
import org.psro4j.games.blotto.ContinuousBlotto;
import org.psro4j.policy.ContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.run.RunDirectory;
import org.psro4j.state.PopulationView;

/**
 * PSRO on {@code continuous_blotto} from the command line with the {@code random_search} oracle and
 * sampled entries: the run directory resumes to the same metrics, and the final meta-strategy's
 * best-response value, estimated by Monte Carlo over a grid of allocations, lies in {@code [0,
 * 1/3]} (0 is the game's value; 1/3 is what every pure allocation concedes with three fields).
 */
class ContinuousRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GAME = "continuous_blotto(fields=3)";

  @TempDir Path dir;

  private static Cli.Result run(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--game",
                GAME,
                "--oracle",
                "random_search",
                "--oracle-option",
                "candidates=64",
                "--oracle-option",
                "episodes=16",
                "--episodes",
                "20",
                "--threads",
                "1",
                "--out",
                out.toString(),
                "--quiet",
                "--no-report"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void psroWithRandomSearchResumesToTheSameMetricsAndIsLittleExploitable() throws Exception {
    Path whole = dir.resolve("whole");
    Cli.Result r = run(whole, "--iterations", "6");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Path parts = dir.resolve("parts");
    assertThat(run(parts, "--iterations", "3").exitCode()).isZero();
    Cli.Result resumed = Cli.run("resume", parts.toString(), "--iterations", "6", "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(MetricsCsv.withoutTimes(parts.resolve("metrics.csv")))
        .isEqualTo(MetricsCsv.withoutTimes(whole.resolve("metrics.csv")));
    assertThat(Files.readString(parts.resolve("metagame.json")))
        .isEqualTo(Files.readString(whole.resolve("metagame.json")));

    List<String> metrics = Files.readAllLines(whole.resolve("metrics.csv"));
    assertThat(metrics.getFirst()).contains("nash_conv");
    int gapColumn = List.of(metrics.getFirst().split(",")).indexOf("nash_conv");
    assertThat(metrics.getLast().split(",", -1)[gapColumn])
        .as("no exact gap for a continuous game")
        .isIn("", "NaN");
    assertThat(Files.readString(whole.resolve("policies/p0_0.json")))
        .contains("\"kind\" : \"uniform_continuous\"");
    assertThat(Files.readString(whole.resolve("policies/p0_1.json")))
        .contains("\"kind\" : \"fixed_continuous\"");

    ContinuousBlotto game = (ContinuousBlotto) Games.load(GAME);
    PopulationView population = RunDirectory.checkpoint(whole, game).state().population();
    List<String> events = Files.readAllLines(whole.resolve("events.jsonl"));
    JsonNode marginals = JSON.readTree(events.getLast()).get("marginals");
    for (int learner = 0; learner < 2; learner++) {
      double value = bestResponseValue(game, learner, population, marginals.get(1 - learner));
      assertThat(value).as("best-response value for player %d", learner).isBetween(-0.02, 0.35);
    }
  }

  /**
   * The best return over a grid of allocations against the co-player's meta-strategy mixture, each
   * of its policies sampled 400 times with common draws (a Monte Carlo lower estimate of the
   * best-response value).
   */
  private static double bestResponseValue(
      ContinuousBlotto game, int learner, PopulationView population, JsonNode weights) {
    int other = 1 - learner;
    List<double[]> draws = new ArrayList<>();
    List<Double> drawWeights = new ArrayList<>();
    SplittableRandom rng = new SplittableRandom(17);
    ContinuousState state = (ContinuousState) game.newInitialState();
    int samples = 400;
    for (int k = 0; k < population.of(other).size(); k++) {
      double w = weights.get(k).asDouble();
      Policy policy = population.of(other).get(k);
      for (int i = 0; w > 0 && i < samples; i++) {
        draws.add(
            game.allocation(other, ((ContinuousPolicy) policy).sampleAction(state, other, rng)));
        drawWeights.add(w / samples);
      }
    }
    int steps = 30;
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i <= steps; i++) {
      for (int j = 0; i + j <= steps; j++) {
        double[] mine = {i * 1.0 / steps, j * 1.0 / steps, (steps - i - j) * 1.0 / steps};
        double value = 0;
        for (int d = 0; d < draws.size(); d++) {
          double[] y = draws.get(d);
          value +=
              drawWeights.get(d)
                  * (learner == 0 ? game.returns(mine, y)[0] : game.returns(y, mine)[1]);
        }
        best = Math.max(best, value);
      }
    }
    return best;
  }

  @Test
  void initFirstStartsFromTheEvenSplit() throws Exception {
    Path out = dir.resolve("first");
    Cli.Result r = run(out, "--iterations", "1", "--init", "first");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode policy = JSON.readTree(out.resolve("policies/p1_0.json").toFile());
    assertThat(policy.get("kind").asText()).isEqualTo("fixed_continuous");
    assertThat(policy.get("action").toString()).isEqualTo("[0.5,0.5,0.5]");
  }

  @Test
  void exactSettingsAndHeuristicsAreRefusedBeforeAnythingIsWritten() {
    Path out = dir.resolve("refused");
    assertRefused(
        Cli.run("run", "--game", GAME, "--episodes", "20", "--out", out.toString()),
        "--oracle sac");
    assertRefused(
        Cli.run(
            "run", "--game", GAME, "--oracle", "random_search", "--out", out.toString(), "--quiet"),
        "payoffs can only be sampled");
    assertRefused(run(out, "--exact-gap", "true"), "--exact-gap");
    assertRefused(run(out, "--init", "heuristics"), "heuristics");
    assertThat(out).doesNotExist();
  }

  @Test
  void exploitabilityAndSolveRefuseContinuousGames() {
    Path policy = dir.resolve("policy.json");
    assertRefused(Cli.run("exploitability", "--game", GAME, "--policy", "uniform"), "continuous");
    assertRefused(
        Cli.run("solve", "--game", GAME, "--iterations", "10", "--out", policy.toString()),
        "continuous");
    assertThat(policy).doesNotExist();
  }

  @Test
  void theGamesListingShowsContinuousBlotto() {
    Cli.Result r = Cli.run("games");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().filter(l -> l.startsWith("continuous_blotto")))
        .singleElement()
        .asString()
        .contains("continuous actions");
  }

  private static void assertRefused(Cli.Result r, String mentions) {
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err().strip().lines()).singleElement().asString().contains(mentions);
    assertThat(r.out()).isEmpty();
  }
}
