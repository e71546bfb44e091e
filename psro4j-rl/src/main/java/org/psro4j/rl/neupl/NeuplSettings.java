package org.psro4j.rl.neupl;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psro4j.game.Game;
import org.psro4j.random.Seeds;
import org.psro4j.rl.algo.OracleOptions;
import org.psro4j.rl.nn.ConditionalMlp;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * The settings of NeuPL-JPSRO's population network and its distillation (Liu et al., AAMAS 2024).
 * Defaults, inside the ranges the paper's appendix reports: embedding 64, hidden 64,64, FiLM,
 * distillation and regularisation weights 1, learning rate 1e-3 (Adam, gradient norm clipped at 1),
 * 400 gradient steps of 128 rows per player per iteration on states from 400 episodes, 128
 * embeddings per player, no recurrent core (a GRU or LSTM core has 64 units by default).
 *
 * @param embeddingSize embedding size (8..256)
 * @param hidden hidden layer sizes of Π_θ
 * @param conditioning FiLM or concat
 * @param distillWeight weight of KL(π_BR ‖ Π_θ(·|s, ν_new))
 * @param regularisationWeight weight of KL(Π_θ̂(·|s, ν̂) ‖ Π_θ(·|s, ν)) over existing members
 * @param learningRate Adam's step size for θ
 * @param distillSteps gradient steps per player per iteration
 * @param batch rows of each kind (distillation, regularisation) per gradient step
 * @param episodes episodes played to collect each kind of state per player per iteration
 * @param brHead with the ppo oracle, train best responses as the shared-encoder head Π_φ(a | s,
 *     g(σ_{−p})) (default); false: one separate PPO network per best response
 * @param topK joint co-player strategies in the head's mixed-strategy encoding (default 96)
 * @param capacity rows of each player's embedding table: the most members a population can hold
 *     (default 128; part of the architecture, so a resumed run keeps it)
 * @param core recurrent core between the observation and the ν-conditioned MLP: {@code none}
 *     (default), {@code gru} or {@code lstm}
 * @param coreSize the core's hidden size (default 64)
 * @param seatInput symmetric NeuPL only (one embedding table for every seat): append a one-hot of
 *     the acting seat to the network's input (default true), so one member can act differently per
 *     seat where the game's tensors alone do not tell the seats apart
 */
public record NeuplSettings(
    int embeddingSize,
    int[] hidden,
    ConditionalMlp.Conditioning conditioning,
    double distillWeight,
    double regularisationWeight,
    double learningRate,
    int distillSteps,
    int batch,
    int episodes,
    boolean brHead,
    int topK,
    int capacity,
    String core,
    int coreSize,
    boolean seatInput) {

  /** The option keys {@link #fromOptions} reads. */
  public static final Set<String> KEYS =
      Set.of(
          "embedding",
          "hidden",
          "conditioning",
          "distill_weight",
          "reg_weight",
          "lr",
          "distill_steps",
          "batch",
          "episodes",
          "br_head",
          "top_k",
          "capacity",
          "core",
          "core_size",
          "seat_input");

  public NeuplSettings {
    hidden = hidden.clone();
  }

  @Override
  public int[] hidden() {
    return hidden.clone();
  }

  /** Settings from string options (unknown keys and bad values fail naming them). */
  public static NeuplSettings fromOptions(Map<String, String> options) {
    OracleOptions o = new OracleOptions("neupl", options, KEYS);
    String c = o.getString("conditioning", "film");
    ConditionalMlp.Conditioning conditioning =
        switch (c) {
          case "film" -> ConditionalMlp.Conditioning.FILM;
          case "concat" -> ConditionalMlp.Conditioning.CONCAT;
          default ->
              throw new IllegalArgumentException("conditioning=" + c + " is not film or concat");
        };
    int embedding = o.getInt("embedding", PopulationNetworkSpec.DEFAULT_EMBEDDING_SIZE, 8);
    if (embedding > 256) {
      throw new IllegalArgumentException("embedding=" + embedding + " must be in 8..256");
    }
    String core = o.getString("core", PopulationNetworkSpec.NO_CORE);
    if (!List.of(PopulationNetworkSpec.NO_CORE, "gru", "lstm").contains(core)) {
      throw new IllegalArgumentException("core=" + core + " is not none, gru or lstm");
    }
    return new NeuplSettings(
        embedding,
        o.getSizes("hidden", new int[] {64, 64}),
        conditioning,
        o.getDouble("distill_weight", 1.0, 0, 100),
        o.getDouble("reg_weight", 1.0, 0, 100),
        o.getDouble("lr", 1e-3, 1e-7, 1),
        o.getInt("distill_steps", 400, 1),
        o.getInt("batch", 128, 1),
        o.getInt("episodes", 400, 1),
        o.getBoolean("br_head", true),
        o.getInt("top_k", 96, 1),
        o.getInt("capacity", 128, 2),
        core,
        o.getInt("core_size", 64, 1),
        o.getBoolean("seat_input", true));
  }

  /**
   * A fresh population network for {@code game} with these settings and {@code tables} embedding
   * tables (one per player, or one shared by every seat of a symmetric game: then, with {@link
   * #seatInput}, the input ends with a one-hot of the acting seat), its initial weights drawn from
   * {@code seed}'s "neupl-init" stream, on the CPU.
   */
  public PopulationNetwork freshNetwork(Game game, int tables, long seed) {
    PopulationNetworkSpec spec =
        new PopulationNetworkSpec(
                ObservationSpec.of(game), hidden, tables, capacity, embeddingSize, conditioning)
            .withCore(core, coreSize);
    if (seatInput && tables == 1 && game.numPlayers() > 1) {
      spec = spec.withSeatInputs(game.numPlayers());
    }
    return new PopulationNetwork(spec, Seeds.derive(seed, "neupl-init"), DjlRuntime.device("cpu"));
  }

  /** The defaults. */
  public static NeuplSettings defaults() {
    return fromOptions(Map.of());
  }
}
