package org.psro4j.rl.neupl;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.OracleResult;
import org.psro4j.rl.algo.PpoLearner;
import org.psro4j.rl.algo.PpoSettings;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.rollout.LearnerActor;
import org.psro4j.rl.rollout.Trajectories;
import org.psro4j.rl.rollout.VectorRollouts;

/**
 * NeuPL-JPSRO's best-response step with the shared-encoder head (Liu et al., AAMAS 2024): a {@link
 * BestResponseHead} over θ̂'s encoder, conditioned on the top-k joint co-player strategies of the
 * JPSRO target's co-player distribution, trained with PPO ({@link PpoLearner}, the entropy bonus
 * annealed to zero as {@code ppo} does) against co-players drawn per episode, who act through θ̂.
 * The head φ starts fresh for every best response (only the encoder carries skill from earlier
 * iterations), so best responses computed in parallel do not depend on each other.
 */
public final class BestResponseHeadOracle implements BestResponseOracle {

  private final PpoSettings ppo;
  private final int topK;

  /** An oracle training with {@code ppo}'s settings over the {@code topK} likeliest profiles. */
  public BestResponseHeadOracle(PpoSettings ppo, int topK) {
    if (topK < 1) {
      throw new IllegalArgumentException("top_k=" + topK + " must be at least 1");
    }
    this.ppo = ppo;
    this.topK = topK;
  }

  @Override
  public String name() {
    return "neupl_head";
  }

  @Override
  public void checkSupports(Game game) {
    ObservationSpec.of(game);
  }

  @Override
  public Map<String, Object> resolvedOptions() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("br_steps", ppo.brSteps());
    m.put("num_envs", ppo.numEnvs());
    m.put("rollout_steps", ppo.rolloutSteps());
    m.put("epochs", ppo.epochs());
    m.put("minibatch", ppo.minibatch());
    m.put("lr", ppo.learningRate());
    m.put("entropy", ppo.entropy());
    m.put("gamma", ppo.gamma());
    m.put("top_k", topK);
    return m;
  }

  @Override
  public OracleResult bestResponse(BestResponseTask task) {
    long start = System.nanoTime();
    if (!(task.opponents() instanceof Opponents.Correlated c)) {
      throw new IllegalArgumentException("the NeuPL best-response head needs JPSRO's co-players");
    }
    int p = task.player();
    List<Policy[]> profiles = c.profiles();
    double[] w = c.weights();
    int[] order =
        IntStream.range(0, w.length)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer j) -> -w[j]).thenComparing(j -> j))
            .mapToInt(Integer::intValue)
            .filter(j -> w[j] > 0)
            .limit(topK)
            .toArray();
    FrozenPopulation frozen = null;
    float[][] embeddings = new float[order.length][];
    double[] probabilities = new double[order.length];
    double total = Arrays.stream(order).mapToDouble(j -> w[j]).sum();
    for (int i = 0; i < order.length; i++) {
      Policy[] profile = profiles.get(order[i]);
      probabilities[i] = w[order[i]] / total;
      float[][] parts = new float[profile.length][];
      int length = 0;
      for (int q = 0; q < profile.length; q++) {
        if (q == p) {
          continue;
        }
        if (!(profile[q] instanceof PopulationMember m)) {
          throw new IllegalArgumentException(
              "the NeuPL best-response head needs population members as co-players, got "
                  + profile[q]);
        }
        frozen = m.network();
        parts[q] = m.network().embedding(m.player(), m.index());
        length += parts[q].length;
      }
      embeddings[i] = new float[length];
      int at = 0;
      for (float[] part : parts) {
        if (part != null) {
          System.arraycopy(part, 0, embeddings[i], at, part.length);
          at += part.length;
        }
      }
    }
    Game game = task.game();
    ObservationSpec spec = ObservationSpec.of(game);
    SplittableRandom random = new SplittableRandom(task.seed());
    try (BestResponseHead head =
        new BestResponseHead(frozen, embeddings, probabilities, random.nextLong())) {
      PpoLearner learner = new PpoLearner(head, ppo);
      VectorRollouts rollouts =
          new VectorRollouts(game, task.opponents(), spec, ppo.numEnvs(), ppo.shards());
      LearnerActor actor = actor(head, spec.numActions());
      long steps = 0;
      long episodes = 0;
      double lastReturn = 0;
      while (steps < ppo.brSteps()) {
        Trajectories t =
            rollouts.collect(
                actor, Math.min(ppo.rolloutSteps(), ppo.brSteps() - steps), random.nextLong());
        steps += t.environmentSteps();
        episodes += t.episodes();
        lastReturn = t.meanReturn();
        if (t.size() > 0) {
          double progress = (double) steps / ppo.brSteps();
          learner.learn(t, ppo.entropy() * Math.max(0, 1 - progress), random);
        }
      }
      return new OracleResult(
          head.snapshot(game.toString()),
          lastReturn,
          steps,
          episodes,
          learner.updates(),
          (System.nanoTime() - start) / 1e9);
    }
  }

  private static LearnerActor actor(BestResponseHead head, int numActions) {
    return (observations, masks, legal, rows, random, actions, logProbabilities) -> {
      float[] logits = head.predictLogits(observations, rows);
      for (int i = 0; i < rows; i++) {
        double[] probs =
            NeuralPolicy.probabilities(logits, i * numActions, legal[i], NeuralPolicy.Head.SOFTMAX);
        int pick = org.psro4j.random.Sampling.index(probs, random);
        actions[i] = legal[i][pick];
        logProbabilities[i] = (float) Math.log(Math.max(probs[pick], 1e-30));
      }
    };
  }
}
