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
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.psro.PayoffModel;
import org.psro4j.random.Seeds;
import org.psro4j.state.LearnerState;

/**
 * The payoff estimator ψ as a {@link PayoffModel} for PSRO and JPSRO: one learned embedding per
 * policy and player (the population has no conditional network to take ν from), trained with ψ on
 * the measured entries of the empirical game after every iteration (NeuPL-JPSRO's ψ_w, Liu et al.,
 * AAMAS 2024). A fixed, seed-determined share of measured entries is never trained on; ψ's mean
 * squared error on them is the held-out error each iteration reports. State: ψ's and the tables'
 * weights, Adam's moments and step count, the target standardisation.
 */
public final class PsiPayoffModel implements PayoffModel {

  /** The learner-state kind this model writes. */
  public static final String KIND = "psi";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PayoffEstimator estimator;
  private final PayoffEstimatorSettings settings;

  /** A fresh model for {@code players} players. */
  public PsiPayoffModel(int players, PayoffEstimatorSettings settings, Device device) {
    this.settings = settings;
    this.estimator = new PayoffEstimator(players, settings, device);
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
    estimator.grow(meta.sizes());
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
    double trainMse =
        train.isEmpty()
            ? Double.NaN
            : estimator.train(
                train.toArray(int[][]::new), trainY.toArray(double[][]::new), settings.steps());
    double heldMse = Double.NaN;
    if (!held.isEmpty() && !train.isEmpty()) {
      double[][] predicted = estimator.predict(held.toArray(int[][]::new));
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
    return estimator.predict(new int[][] {profile})[0];
  }

  /** Predictions at many profiles at once (one forward pass). */
  public synchronized double[][] predict(int[][] profiles) {
    return estimator.predict(profiles);
  }

  @Override
  public synchronized LearnerState state() {
    ObjectNode o = JSON.createObjectNode();
    o.put("version", 1);
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
