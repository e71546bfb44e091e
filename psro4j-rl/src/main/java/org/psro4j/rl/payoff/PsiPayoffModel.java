package org.psro4j.rl.payoff;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.psro.PayoffModel;
import org.psro4j.random.Seeds;
import org.psro4j.state.LearnerState;

/**
 * The payoff estimator ψ as a {@link PayoffModel}, trained on the measured entries of the empirical
 * game after every iteration (NeuPL-JPSRO's ψ_w(ν_1..ν_n), Liu et al., AAMAS 2024). Its inputs are
 * either the strategy embeddings ν of a conditional population network ({@link #fedBy}:
 * NeuPL-JPSRO, where a profile's entry is ψ of its members' current embeddings) or, for PSRO and
 * JPSRO, whose populations have no network to take ν from, one learned embedding per policy and
 * player trained together with ψ. A fixed, seed-determined share of measured entries is never
 * trained on; ψ's mean squared error on them is the held-out error each iteration reports. State:
 * ψ's (and the tables') weights, Adam's moments and step count, the target standardisation; the
 * network's embeddings are the network's, checkpointed with it.
 */
public final class PsiPayoffModel implements PayoffModel {

  /** The learner-state kind this model writes. */
  public static final String KIND = "psi";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The state's {@code inputs}: learned tables (also what a state without the field means). */
  private static final String TABLES = "tables";

  /** The state's {@code inputs}: a population network's embeddings ν. */
  private static final String NETWORK = "network";

  private final PayoffEstimator estimator;
  private final PayoffEstimatorSettings settings;
  private final Supplier<StrategyEmbeddings> embeddings;

  /** A fresh model for {@code players} players with learned embedding tables. */
  public PsiPayoffModel(int players, PayoffEstimatorSettings settings, Device device) {
    this(players, settings, null, device);
  }

  private PsiPayoffModel(
      int players,
      PayoffEstimatorSettings settings,
      Supplier<StrategyEmbeddings> embeddings,
      Device device) {
    this.settings = settings;
    this.embeddings = embeddings;
    this.estimator = new PayoffEstimator(players, settings, device);
  }

  /**
   * A fresh model whose inputs are the members' embeddings ν of size {@code
   * settings.embeddingSize()}; {@code embeddings} is asked for a snapshot at every fit and
   * prediction, so ψ always reads the network's current ν.
   */
  public static PsiPayoffModel fedBy(
      int players,
      PayoffEstimatorSettings settings,
      Supplier<StrategyEmbeddings> embeddings,
      Device device) {
    return new PsiPayoffModel(
        players, settings, java.util.Objects.requireNonNull(embeddings, "embeddings"), device);
  }

  /** The settings (sizes, learning rate, steps, held-out share, seed). */
  public PayoffEstimatorSettings settings() {
    return settings;
  }

  /** Whether the inputs are a network's embeddings rather than learned tables. */
  public boolean fedByEmbeddings() {
    return embeddings != null;
  }

  /** Rows of concatenated member embeddings ν_1..ν_n of {@code profiles}, from one snapshot. */
  private float[][] inputs(int[][] profiles) {
    StrategyEmbeddings now = embeddings.get();
    int d = settings.embeddingSize();
    float[][] rows = new float[profiles.length][];
    for (int r = 0; r < rows.length; r++) {
      int n = profiles[r].length;
      rows[r] = new float[n * d];
      for (int p = 0; p < n; p++) {
        float[] e = now.of(p, profiles[r][p]);
        if (e.length != d) {
          throw new IllegalStateException(
              "player " + p + "'s embedding has " + e.length + " values, ψ reads " + d);
        }
        System.arraycopy(e, 0, rows[r], p * d, d);
      }
    }
    return rows;
  }

  @Override
  public String name() {
    return KIND;
  }

  /** Whether {@code profile} is one of the entries ψ never trains on (fixed by the seed). */
  public boolean heldOut(int[] profile) {
    long[] key = new long[profile.length];
    for (int p = 0; p < key.length; p++) {
      key[p] = profile[p];
    }
    double u = (Seeds.derive(settings.seed(), "psi_holdout", key) >>> 11) * 0x1.0p-53;
    return u < settings.holdout();
  }

  @Override
  public synchronized Fit fit(EmpiricalGame meta, int iteration) {
    if (embeddings == null) {
      estimator.grow(meta.sizes());
    }
    List<int[]> train = new ArrayList<>();
    List<double[]> trainY = new ArrayList<>();
    List<int[]> held = new ArrayList<>();
    List<double[]> heldY = new ArrayList<>();
    for (int flat = 0; flat < meta.jointSize(); flat++) {
      int[] profile = meta.profile(flat);
      if (!meta.isMeasured(profile)) {
        continue;
      }
      double[] y = new double[meta.players()];
      for (int p = 0; p < y.length; p++) {
        y[p] = meta.payoff(p, flat);
      }
      (heldOut(profile) ? held : train).add(profile);
      (heldOut(profile) ? heldY : trainY).add(y);
    }
    int[][] trainProfiles = train.toArray(int[][]::new);
    double[][] trainReturns = trainY.toArray(double[][]::new);
    double trainMse =
        train.isEmpty()
            ? Double.NaN
            : embeddings == null
                ? estimator.train(trainProfiles, trainReturns, settings.steps())
                : estimator.train(inputs(trainProfiles), trainReturns, settings.steps());
    double heldMse = Double.NaN;
    if (!held.isEmpty() && !train.isEmpty()) {
      double[][] predicted = predict(held.toArray(int[][]::new));
      double sum = 0;
      for (int i = 0; i < held.size(); i++) {
        for (int p = 0; p < meta.players(); p++) {
          double e = predicted[i][p] - heldY.get(i)[p];
          sum += e * e;
        }
      }
      heldMse = sum / (held.size() * meta.players());
    }
    return new Fit(heldMse, held.size(), trainMse);
  }

  @Override
  public synchronized double[] predict(int[] profile) {
    return predict(new int[][] {profile})[0];
  }

  /** Predictions at many profiles at once (one forward pass). */
  public synchronized double[][] predict(int[][] profiles) {
    return embeddings == null ? estimator.predict(profiles) : estimator.predict(inputs(profiles));
  }

  @Override
  public synchronized LearnerState state() {
    ObjectNode o = JSON.createObjectNode();
    o.put("version", 1);
    o.put("inputs", embeddings == null ? TABLES : NETWORK);
    o.put("embedding_size", settings.embeddingSize());
    ArrayNode hidden = o.putArray("hidden");
    Arrays.stream(settings.hidden()).forEach(hidden::add);
    ArrayNode sizes = o.putArray("table_sizes");
    Arrays.stream(estimator.tableSizes()).forEach(sizes::add);
    o.put("updates", estimator.updates());
    ArrayNode mean = o.putArray("mean");
    Arrays.stream(estimator.mean()).forEach(mean::add);
    ArrayNode scale = o.putArray("scale");
    Arrays.stream(estimator.scale()).forEach(scale::add);
    return new LearnerState(
        KIND,
        o.toString(),
        Map.of("parameters", estimator.encodeParameters(), "moments", estimator.encodeMoments()));
  }

  @Override
  public synchronized void restore(LearnerState state) {
    if (!KIND.equals(state.kind())) {
      throw new IllegalArgumentException(
          "payoff model state of kind '" + state.kind() + "', expected '" + KIND + "'");
    }
    JsonNode o;
    try {
      o = JSON.readTree(state.json());
    } catch (IOException e) {
      throw new IllegalArgumentException("payoff model state is not JSON: " + e.getMessage());
    }
    int version = o.path("version").asInt(-1);
    if (version != 1) {
      throw new IllegalArgumentException("payoff model state version " + version + " is not 1");
    }
    String inputs = o.path("inputs").asText(TABLES);
    String mine = embeddings == null ? TABLES : NETWORK;
    if (!inputs.equals(mine)) {
      throw new IllegalArgumentException(
          "the saved payoff estimator reads "
              + describe(inputs)
              + ", this run's reads "
              + describe(mine));
    }
    int d = o.path("embedding_size").asInt();
    int[] hidden = ints(o.path("hidden"));
    if (d != settings.embeddingSize() || !Arrays.equals(hidden, settings.hidden())) {
      throw new IllegalArgumentException(
          "saved payoff estimator has embedding size "
              + d
              + " and hidden "
              + Arrays.toString(hidden)
              + ", this run "
              + settings.embeddingSize()
              + " and "
              + Arrays.toString(settings.hidden()));
    }
    byte[] params = state.blob("parameters");
    byte[] moments = state.blob("moments");
    if (params == null || moments == null) {
      throw new IllegalArgumentException("payoff model state lacks its parameters or moments");
    }
    estimator.grow(ints(o.path("table_sizes")));
    estimator.restore(
        params,
        moments,
        o.path("updates").asInt(),
        doubles(o.path("mean")),
        doubles(o.path("scale")));
  }

  /** Trainable parameters (ψ plus the embedding tables). */
  public long parameterCount() {
    return estimator.parameterCount();
  }

  private static String describe(String inputs) {
    return NETWORK.equals(inputs) ? "the network's embeddings" : "learned tables";
  }

  private static int[] ints(JsonNode a) {
    int[] out = new int[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asInt();
    }
    return out;
  }

  private static double[] doubles(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asDouble();
    }
    return out;
  }
}
