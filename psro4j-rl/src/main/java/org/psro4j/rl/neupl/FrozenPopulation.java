package org.psro4j.rl.neupl;

import java.util.Objects;
import org.psro4j.rl.nn.ConditionalMlp;

/**
 * A frozen copy θ̂ of a conditional population network (Liu et al., AAMAS 2024, Algorithm 2, "θ̂ ←
 * θ"): its parameters at one version and how many embeddings each player had then. Immutable; its
 * forward pass is plain Java (the same arithmetic as {@link ConditionalMlp#forward}), so member
 * views read it from any thread, hold no native memory and never change with later training.
 */
public final class FrozenPopulation {

  private final PopulationNetworkSpec spec;
  private final int version;
  private final int[] sizes;
  private final float[][] values;
  private final int mlpArrays;
  private final RecurrentPopulationCore core;

  /**
   * A snapshot.
   *
   * @param spec the architecture
   * @param version θ's version (its number of training rounds when frozen)
   * @param sizes each player's number of embeddings
   * @param values the parameters in {@link ConditionalMlp#parameters()} order, then (with a
   *     recurrent core) the core's in {@link org.psro4j.rl.nn.RecurrentCore#parameters()} order
   */
  public FrozenPopulation(PopulationNetworkSpec spec, int version, int[] sizes, float[][] values) {
    this.spec = Objects.requireNonNull(spec, "spec");
    if (version < 0) {
      throw new IllegalArgumentException("version must be non-negative, got " + version);
    }
    if (sizes.length != spec.players()) {
      throw new IllegalArgumentException(
          sizes.length + " population sizes for " + spec.players() + " players");
    }
    for (int s : sizes) {
      if (s < 0 || s > spec.capacity()) {
        throw new IllegalArgumentException(
            "population size " + s + " outside 0.." + spec.capacity());
      }
    }
    int expected = 1 + 2 * (spec.hidden().length + 1);
    if (spec.conditioning() == ConditionalMlp.Conditioning.FILM) {
      expected += 2 * spec.hidden().length;
    }
    this.mlpArrays = expected;
    if (spec.recurrent()) {
      expected += RecurrentPopulationCore.arrays(spec.core());
    }
    if (values.length != expected) {
      throw new IllegalArgumentException(
          values.length + " parameter arrays; the architecture has " + expected);
    }
    this.version = version;
    this.sizes = sizes.clone();
    this.values = new float[values.length][];
    for (int i = 0; i < values.length; i++) {
      this.values[i] = values[i].clone();
    }
    if (this.values[0].length != spec.players() * spec.capacity() * spec.embeddingSize()) {
      throw new IllegalArgumentException(
          "embedding table has "
              + this.values[0].length
              + " values, the architecture needs "
              + spec.players() * spec.capacity() * spec.embeddingSize());
    }
    this.core =
        spec.recurrent()
            ? new RecurrentPopulationCore(
                spec.core(),
                spec.inputSize(),
                spec.coreSize(),
                java.util.Arrays.copyOfRange(this.values, mlpArrays, this.values.length))
            : null;
  }

  /** The architecture. */
  public PopulationNetworkSpec spec() {
    return spec;
  }

  /** θ's version when frozen. */
  public int version() {
    return version;
  }

  /** Each player's number of embeddings when frozen. */
  public int[] sizes() {
    return sizes.clone();
  }

  /** A copy of the parameters, in {@link ConditionalMlp#parameters()} order. */
  public float[][] values() {
    float[][] out = new float[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].clone();
    }
    return out;
  }

  /** Player {@code player}'s embedding {@code index} (a copy). */
  public float[] embedding(int player, int index) {
    requireMember(player, index);
    int d = spec.embeddingSize();
    float[] e = new float[d];
    System.arraycopy(values[0], spec.row(player, index) * d, e, 0, d);
    return e;
  }

  void requireMember(int player, int index) {
    if (player < 0 || player >= sizes.length || index < 0 || index >= sizes[player]) {
      throw new IllegalArgumentException(
          "no member " + index + " of player " + player + " in population version " + version);
    }
  }

  /**
   * The logits for one observation under player {@code player}'s embedding {@code index}; with a
   * recurrent core, the observation is the first of an episode (use {@link #coreInput} for later
   * ones).
   */
  public float[] logits(float[] observation, int offset, int player, int index) {
    if (core != null) {
      float[] input = coreInput(observation, offset, initialCoreState());
      return output(features(input, 0, embedding(player, index)));
    }
    return output(features(observation, offset, embedding(player, index)));
  }

  /** A fresh recurrent state for one player's episode (empty without a recurrent core). */
  public float[] initialCoreState() {
    return core == null ? new float[0] : core.initialState();
  }

  /**
   * What the conditional MLP reads for one input ({@link PopulationNetworkSpec#inputSize}: the
   * observation, then the seat one-hot if the network has one): the input itself without a
   * recurrent core; with one, the core's output after stepping {@code state} (replaced by the next
   * state).
   */
  public float[] coreInput(float[] observation, int offset, float[] state) {
    if (core == null) {
      return java.util.Arrays.copyOfRange(observation, offset, offset + spec.inputSize());
    }
    return core.step(observation, offset, state);
  }

  /** The logits for {@link #coreInput}'s result under player {@code player}'s embedding. */
  public float[] logitsOfInput(float[] input, int player, int index) {
    return output(features(input, 0, embedding(player, index)));
  }

  /**
   * The last hidden layer's activations for one observation (with a recurrent core: one {@link
   * #coreInput}) under an explicit embedding vector {@code e} (the same arithmetic as {@link
   * ConditionalMlp#features}).
   */
  public float[] features(float[] observation, int offset, float[] e) {
    int[] sizes = spec.layerSizes();
    int layers = sizes.length - 1;
    boolean film = spec.conditioning() == ConditionalMlp.Conditioning.FILM;
    float[] h;
    if (film) {
      h = new float[sizes[0]];
      System.arraycopy(observation, offset, h, 0, sizes[0]);
    } else {
      h = new float[sizes[0] + e.length];
      System.arraycopy(observation, offset, h, 0, sizes[0]);
      System.arraycopy(e, 0, h, sizes[0], e.length);
    }
    int k = 1;
    for (int l = 0; l < layers - 1; l++) {
      float[] w = values[k++];
      float[] b = values[k++];
      int out = sizes[l + 1];
      float[] z = affine(h, w, b, out);
      if (film) {
        float[] scale = affine(e, values[k++], null, out);
        float[] shift = affine(e, values[k++], null, out);
        for (int j = 0; j < out; j++) {
          z[j] = z[j] * (scale[j] + 1f) + shift[j];
        }
      }
      for (int j = 0; j < out; j++) {
        z[j] = Math.max(z[j], 0f);
      }
      h = z;
    }
    return h;
  }

  /** The output layer applied to {@link #features}. */
  public float[] output(float[] features) {
    int[] sizes = spec.layerSizes();
    return affine(features, values[mlpArrays - 2], values[mlpArrays - 1], sizes[sizes.length - 1]);
  }

  /** {@code x W + b} for a row-major {@code [x.length, out]} matrix (no bias when null). */
  static float[] affine(float[] x, float[] w, float[] b, int out) {
    return affineRow(x, w, b, out);
  }

  private static float[] affineRow(float[] x, float[] w, float[] b, int out) {
    float[] z = new float[out];
    if (b != null) {
      System.arraycopy(b, 0, z, 0, out);
    }
    for (int i = 0; i < x.length; i++) {
      float xi = x[i];
      if (xi == 0f) {
        continue;
      }
      int row = i * out;
      for (int j = 0; j < out; j++) {
        z[j] += xi * w[row + j];
      }
    }
    return z;
  }
}
