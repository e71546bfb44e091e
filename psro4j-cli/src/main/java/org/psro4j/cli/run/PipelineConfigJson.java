package org.psro4j.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.psro4j.game.Game;

/**
 * The {@code config.json} of a Pipeline PSRO run (McAleer et al., NeurIPS 2020), whichever engine
 * runs it: the {@link RunConfig} with its {@code pipeline} component, without the keys only PSRO
 * reads ({@link #PSRO_ONLY}), plus the provenance every run records. A file written before these
 * keys were left out (it holds them at their defaults) reads the same, since a run's settings are
 * its file over {@link RunConfig#defaults()}.
 */
public final class PipelineConfigJson {

  /**
   * Keys of {@link RunConfig} that Pipeline PSRO never reads: PSRO's thread count, training target
   * and top-k, its partial evaluation and its mid-iteration checkpoints (both refused with {@code
   * --algo pipeline}), and NeuPL's options.
   */
  public static final List<String> PSRO_ONLY =
      List.of(
          "threads",
          "target",
          "top_k",
          "eval_fraction",
          "checkpoint_steps",
          "payoff_estimator",
          "neupl_options");

  /** The key under which a cluster run's config.json keeps its engine's own settings. */
  public static final String CLUSTER = "cluster";

  private static final ObjectMapper JSON = new ObjectMapper();

  private PipelineConfigJson() {}

  /** {@code config} as a Pipeline run's config.json on {@code game}. */
  public static ObjectNode of(RunConfig config, Game game) {
    ObjectNode node = JSON.valueToTree(config);
    node.remove(PSRO_ONLY);
    node.put("game", game.toString());
    node.put("psro4j_version", org.psro4j.cli.Version.get());
    node.put("git_commit", GitCommit.read());
    node.set("environment", Provenance.environment());
    return node;
  }

  /**
   * {@code config} as a cluster run's config.json on {@code game}: as {@link #of} without {@code
   * checkpoint_every}, which only a local run's directory honours (the cluster manager checkpoints
   * at every promotion).
   */
  public static ObjectNode ofCluster(RunConfig config, Game game) {
    ObjectNode node = of(config, game);
    if (node.get(PipelineConfig.KEY) instanceof ObjectNode pipeline) {
      pipeline.remove("checkpoint_every");
    }
    return node;
  }

  /**
   * The settings of a Pipeline run's config.json ({@code where} names it in messages) over {@link
   * RunConfig#defaults()}: a cluster run's {@code engine} and {@value #CLUSTER} keys are not {@link
   * RunConfig}'s and are left to the cluster's reader.
   */
  public static RunConfig read(String where, ObjectNode config) {
    ObjectNode settings = config.deepCopy();
    settings.remove(List.of("engine", CLUSTER));
    return RunConfig.defaults().overriddenBy(ConfigFile.parse(where, settings));
  }
}
