package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.policy.UniformContinuousPolicy;
import org.psro4j.psro.DriverSettings;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.Population;
import org.psro4j.psro.Psro;
import org.psro4j.psro.SampledEvaluator;
import org.psro4j.psro.TrainingTarget;
import org.psro4j.rl.nn.SquashedGaussianPolicy;

/** PSRO end to end on a continuous game: SAC best responses, sampled meta-game entries. */
class SacPsroTest {

  /** Uniform over each population (psro4j-rl does not depend on psro4j-solvers). */
  private static final MetaSolver UNIFORM =
      new MetaSolver() {
        @Override
        public String name() {
          return "uniform";
        }

        @Override
        public MetaStrategy solve(EmpiricalGame game) {
          double[][] marginals = new double[game.players()][];
          for (int p = 0; p < marginals.length; p++) {
            marginals[p] = new double[game.size(p)];
            Arrays.fill(marginals[p], 1.0 / game.size(p));
          }
          return MetaStrategy.ofMarginals("uniform", game, marginals);
        }
      };

  @Test
  void threeIterationsOfPsroWithSacAddSquashedGaussianPolicies(@TempDir Path dir) {
    Game blotto = Games.load("continuous_blotto(fields=3)");
    Population initial = new Population(2);
    for (int p = 0; p < 2; p++) {
      initial.add(p, UniformContinuousPolicy.of(blotto), "uniform");
    }
    SacOracle sac =
        SacOracle.fromOptions(
            Map.of(
                "br_steps", "600",
                "learning_starts", "200",
                "batch", "64",
                "lr", "1e-3",
                "critic_hidden", "32,32",
                "hidden", "32,32"));
    sac.checkSupports(blotto);
    Psro psro =
        new Psro(
            blotto,
            UNIFORM,
            sac,
            new SampledEvaluator(400),
            new DriverSettings(3, 0, 0, 17, 1, false),
            initial,
            null,
            TrainingTarget.PROBABILISTIC,
            1);
    List<IterationResult> results = psro.run();
    // Iteration 0 evaluates the initial populations; 1..3 add one SAC response per player.
    assertThat(results).extracting(IterationResult::iteration).containsExactly(0, 1, 2, 3);
    assertThat(results.subList(1, 4)).allMatch(r -> r.newPolicies() == 2);
    IterationResult last = results.get(results.size() - 1);
    assertThat(last.populationSizes()).containsExactly(4, 4);
    assertThat(last.oracleSteps()).isPositive();
    for (int p = 0; p < 2; p++) {
      List<Policy> population = psro.population().of(p);
      assertThat(population.subList(1, 4)).allMatch(x -> x instanceof SquashedGaussianPolicy);
      Path file = dir.resolve("p" + p + ".json");
      PolicyFiles.write(population.get(3), blotto, file);
      assertThat(PolicyFiles.read(blotto, file)).isInstanceOf(SquashedGaussianPolicy.class);
    }
  }
}
