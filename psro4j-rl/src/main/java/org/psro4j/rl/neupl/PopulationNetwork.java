package org.psro4j.rl.neupl;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.psro4j.random.Seeds;
import org.psro4j.rl.nn.ConditionalMlp;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.RecurrentCore;

/**
 * The live, trainable conditional population network Π_θ(a | s, ν) of NeuPL-JPSRO (Liu et al.,
 * AAMAS 2024): a {@link ConditionalMlp} over the observation whose strategy table holds one block
 * of {@code capacity} embeddings per player; optionally a recurrent core (GRU or LSTM) reads the
 * player's observations first and the MLP reads its output ({@link RecurrentPopulationCore}). A
 * player's population grows by {@link #addMember}; its members are read through {@link #freeze()}
 * (a {@link FrozenPopulation} and its {@link PopulationMember} views). Parameters live in native
 * memory until {@link #close()}.
 */
public final class PopulationNetwork implements AutoCloseable {

  private final PopulationNetworkSpec spec;
  private final ConditionalMlp net;
  private final RecurrentCore core;
  private final int[] sizes;
  private int version;

  /** A fresh network with empty populations, initialised from {@code seed}. */
  public PopulationNetwork(PopulationNetworkSpec spec, long seed, Device device) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.net =
        new ConditionalMlp(
            spec.layerSizes(),
            spec.players() * spec.capacity(),
            spec.embeddingSize(),
            spec.conditioning(),
            seed,
            device);
    this.core =
        spec.recurrent()
            ? RecurrentCore.create(
                spec.core(),
                spec.inputSize(),
                spec.coreSize(),
                spec.coreSize(),
                Seeds.derive(seed, "neupl-core"),
                device)
            : null;
    this.sizes = new int[spec.players()];
  }

  /** A live network holding {@code frozen}'s parameters, populations and version. */
  public static PopulationNetwork of(FrozenPopulation frozen, Device device) {
    PopulationNetwork n = new PopulationNetwork(frozen.spec(), 0, device);
    n.restore(frozen);
    return n;
  }

  /** The architecture. */
  public PopulationNetworkSpec spec() {
    return spec;
  }

  /** The conditional MLP (its parameters are what an optimiser trains). */
  public ConditionalMlp mlp() {
    return net;
  }

  /** The recurrent core between the observation and the conditional MLP, or null without one. */
  public RecurrentCore core() {
    return core;
  }

  /** The trainable parameters: the conditional MLP's, then the recurrent core's. */
  public List<NDArray> parameters() {
    if (core == null) {
      return net.parameters();
    }
    List<NDArray> all = new ArrayList<>(net.parameters());
    all.addAll(core.parameters());
    return all;
  }

  /** A copy of every parameter's values, in {@link #parameters()} order. */
  public float[][] values() {
    float[][] mlp = net.values();
    if (core == null) {
      return mlp;
    }
    DjlRuntime.inferenceMode();
    List<NDArray> c = core.parameters();
    float[][] all = Arrays.copyOf(mlp, mlp.length + c.size());
    for (int i = 0; i < c.size(); i++) {
      all[mlp.length + i] = c.get(i).toFloatArray();
    }
    return all;
  }

  /** Player {@code player}'s number of members. */
  public int size(int player) {
    return sizes[player];
  }

  /** Every player's number of members. */
  public int[] sizes() {
    return sizes.clone();
  }

  /** The version: how many training rounds changed θ so far. */
  public int version() {
    return version;
  }

  /** Counts one more training round (call after updating θ). */
  public void advanceVersion() {
    version++;
  }

  /** Adds a member (the next unused embedding row) to {@code player}'s population; its index. */
  public int addMember(int player) {
    if (sizes[player] >= spec.capacity()) {
      throw new IllegalStateException(
          "player " + player + "'s embedding table is full (" + spec.capacity() + " members)");
    }
    return sizes[player]++;
  }

  /** An immutable copy θ̂ of the parameters and populations now. */
  public FrozenPopulation freeze() {
    return new FrozenPopulation(spec, version, sizes, values());
  }

  /** Overwrites parameters, populations and version with {@code frozen}'s (same architecture). */
  public void restore(FrozenPopulation frozen) {
    if (!frozen.spec().equals(spec)) {
      throw new IllegalArgumentException("architectures differ: " + frozen.spec() + " vs " + spec);
    }
    float[][] all = frozen.values();
    int mlp = net.parameters().size();
    net.load(Arrays.copyOf(all, mlp));
    if (core != null) {
      List<NDArray> c = core.parameters();
      DjlRuntime.inferenceMode();
      try (NDManager scope = core.manager().newSubManager()) {
        for (int i = 0; i < c.size(); i++) {
          NDArray p = c.get(i);
          // x - x + y is exactly y, as ConditionalMlp.load does.
          p.subi(p).addi(scope.create(all[mlp + i], p.getShape()));
        }
      }
    }
    System.arraycopy(frozen.sizes(), 0, sizes, 0, sizes.length);
    version = frozen.version();
  }

  /**
   * The logits {@code [rows, actions]} for observations {@code x} under the embeddings one-hot
   * {@code strategies} selects ({@link #oneHot}), attached to {@code x}'s manager (without a
   * recurrent core; with one, the distiller runs whole sequences).
   */
  public NDArray forward(NDArray x, NDArray strategies) {
    if (core != null) {
      throw new IllegalStateException(
          "a network with a " + spec.core() + " core reads observation sequences, not rows");
    }
    return net.forward(x, strategies);
  }

  /** Rows of one-hot strategy selectors for {@code (players[i], indices[i])}. */
  public NDArray oneHot(NDManager scope, int[] players, int[] indices) {
    int columns = spec.players() * spec.capacity();
    float[] v = new float[players.length * columns];
    for (int i = 0; i < players.length; i++) {
      v[i * columns + spec.row(players[i], indices[i])] = 1f;
    }
    return scope.create(v, new ai.djl.ndarray.types.Shape(players.length, columns));
  }

  @Override
  public void close() {
    if (core != null) {
      core.close();
    }
    net.close();
  }
}
