package org.psro4j.rl.neupl;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.psro4j.rl.algo.ActorCritic;
import org.psro4j.rl.nn.ConditionalMlp;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;

/**
 * NeuPL-JPSRO's best-response head Π_φ(a | s, g(σ_{−p})) (Liu et al., AAMAS 2024): the population
 * network's encoder, started from θ̂ and trained with the head, conditioned (by the same FiLM or
 * concatenation) on the encoding of the co-players' mixed strategy {@code g = Σ_j σ_j f_φ(ν_j)}, a
 * probability-weighted sum over the top-k joint co-player strategies j of a learned MLP f_φ of
 * their concatenated embeddings ν̂; a separate policy head and a value head on the encoder's last
 * hidden layer. An {@link ActorCritic} for {@link org.psro4j.rl.algo.PpoLearner}. When θ̂ has a
 * recurrent core the head does not share it (PPO here trains on single observation rows): it has a
 * memoryless encoder of θ̂'s MLP shape of its own, freshly initialised. Owns native memory until
 * {@link #close()}.
 */
public final class BestResponseHead implements ActorCritic, AutoCloseable {

  private final FrozenPopulation start;
  private final ConditionalMlp encoder;
  private final MlpNetwork mixture;
  private final MlpNetwork policyHead;
  private final MlpNetwork valueHead;
  private final NDArray coPlayers;
  private final NDArray weights;

  /**
   * A head over a copy of {@code frozen}'s encoder.
   *
   * @param frozen θ̂
   * @param coPlayerEmbeddings {@code k} rows, each the concatenated embeddings of one joint
   *     co-player strategy
   * @param probabilities the k strategies' probabilities (renormalised top-k of σ_{−p})
   * @param seed initialisation seed of φ
   */
  public BestResponseHead(
      FrozenPopulation frozen, float[][] coPlayerEmbeddings, double[] probabilities, long seed) {
    this.start = frozen;
    // With a recurrent core θ̂'s MLP reads the core's output, not observations: the head then has
    // a memoryless encoder of its own, the MLP architecture freshly initialised from φ's seed.
    PopulationNetworkSpec spec = frozen.spec().withCore(PopulationNetworkSpec.NO_CORE, 0);
    Device device = DjlRuntime.device("cpu");
    this.encoder =
        new ConditionalMlp(
            spec.layerSizes(),
            spec.players() * spec.capacity(),
            spec.embeddingSize(),
            spec.conditioning(),
            frozen.spec().recurrent() ? org.psro4j.random.Seeds.derive(seed, "encoder") : 0,
            device);
    if (!frozen.spec().recurrent()) {
      encoder.load(frozen.values());
    }
    int d = spec.embeddingSize();
    int in = coPlayerEmbeddings[0].length;
    SplittableRandom random = new SplittableRandom(seed);
    this.mixture = MlpNetwork.create(new int[] {in, d, d}, 1.0, random.nextLong(), device);
    int h = encoder.featureSize();
    this.policyHead =
        MlpNetwork.create(
            new int[] {h, spec.observation().numActions()}, 0.01, random.nextLong(), device);
    this.valueHead = MlpNetwork.create(new int[] {h, h, 1}, 1.0, random.nextLong(), device);
    int k = coPlayerEmbeddings.length;
    float[] e = new float[k * in];
    float[] w = new float[k];
    for (int j = 0; j < k; j++) {
      System.arraycopy(coPlayerEmbeddings[j], 0, e, j * in, in);
      w[j] = (float) probabilities[j];
    }
    NDManager m = encoder.manager();
    this.coPlayers = m.create(e, new Shape(k, in));
    this.weights = m.create(w, new Shape(1, k));
  }

  /** The mixed-strategy encoding g {@code [1, d]}, attached to the inputs' manager. */
  private NDArray encoding() {
    return weights.matMul(mixture.forward(coPlayers));
  }

  private NDArray features(NDArray x) {
    long rows = x.getShape().get(0);
    NDArray g = x.getManager().ones(new Shape(rows, 1)).matMul(encoding());
    return encoder.features(x, g);
  }

  @Override
  public NDManager manager() {
    return encoder.manager();
  }

  @Override
  public NDArray logits(NDArray x) {
    return policyHead.forward(features(x));
  }

  @Override
  public NDArray values(NDArray x) {
    return valueHead.forward(features(x)).reshape(x.getShape().get(0));
  }

  @Override
  public float[] predictValues(float[] observations, int rows) {
    DjlRuntime.inferenceMode();
    try (NDManager scope = manager().newSubManager()) {
      return values(input(scope, observations, rows)).toFloatArray();
    }
  }

  /** Logits of {@code rows} observations without gradients. */
  public float[] predictLogits(float[] observations, int rows) {
    DjlRuntime.inferenceMode();
    try (NDManager scope = manager().newSubManager()) {
      return logits(input(scope, observations, rows)).toFloatArray();
    }
  }

  /** The first {@code rows} observations of {@code observations} as an array. */
  private NDArray input(NDManager scope, float[] observations, int rows) {
    int size = start.spec().observation().size();
    float[] flat =
        observations.length == rows * size
            ? observations
            : java.util.Arrays.copyOf(observations, rows * size);
    return scope.create(flat, new Shape(rows, size));
  }

  @Override
  public List<NDArray> policyParameters() {
    List<NDArray> out = new ArrayList<>(encoder.networkParameters());
    out.addAll(mixture.parameters());
    out.addAll(policyHead.parameters());
    return out;
  }

  @Override
  public List<NDArray> valueParameters() {
    return valueHead.parameters();
  }

  /**
   * The trained best response as an immutable plain-Java policy: the encoder's parameters now, the
   * encoding g now, and the policy head.
   */
  public BestResponseHeadPolicy snapshot(String game) {
    DjlRuntime.inferenceMode();
    float[] g;
    try (NDManager scope = manager().newSubManager()) {
      g = encoding().toFloatArray();
    }
    FrozenPopulation trained =
        new FrozenPopulation(
            start.spec().withCore(PopulationNetworkSpec.NO_CORE, 0),
            start.version(),
            start.sizes(),
            encoder.values());
    List<NDArray> head = policyHead.parameters();
    return new BestResponseHeadPolicy(
        game, trained, g, head.get(0).toFloatArray(), head.get(1).toFloatArray());
  }

  @Override
  public void close() {
    encoder.close();
    mixture.close();
    policyHead.close();
    valueHead.close();
  }
}
