package org.psro4j.rl.algo;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.Map;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.OracleResult;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.GradientLock;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.rollout.Trajectories;
import org.psro4j.rl.rollout.VectorRollouts;

/**
 * Proximal policy optimisation (Schulman et al., "Proximal Policy Optimization Algorithms", 2017)
 * as a best-response oracle: clipped surrogate, GAE advantages, an entropy bonus annealed to zero,
 * separate policy and value MLPs over the information-state tensor, trained on {@link
 * VectorRollouts} against co-players drawn per episode. The budget is {@code br_steps} environment
 * steps; the result reports steps, gradient updates and seconds, and its value is the learner's
 * mean return in the last rollout.
 */
public final class PpoOracle implements BestResponseOracle {

  private final PpoSettings settings;

  /** An oracle with these settings. */
  public PpoOracle(PpoSettings settings) {
    this.settings = settings;
  }

  /** An oracle from string options (see {@link PpoSettings}). */
  public static PpoOracle fromOptions(Map<String, String> options) {
    return new PpoOracle(PpoSettings.fromOptions(options));
  }

  /** The settings. */
  public PpoSettings settings() {
    return settings;
  }

  @Override
  public String name() {
    return "ppo";
  }

  @Override
  public void checkSupports(Game game) {
    ObservationSpec.of(game);
  }

  @Override
  public OracleResult bestResponse(BestResponseTask task) {
    long start = System.nanoTime();
    Game game = task.game();
    ObservationSpec spec = ObservationSpec.of(game);
    Device device = DjlRuntime.device(settings.device());
    SplittableRandom random = new SplittableRandom(task.seed());
    int[] policySizes = Networks.layerSizes(spec.size(), settings.hidden(), spec.numActions());
    try (MlpNetwork policy =
            Networks.warmOrFresh(
                task.warmStart(),
                settings.warmStart(),
                game,
                policySizes,
                random.nextLong(),
                device);
        MlpNetwork value =
            MlpNetwork.create(
                Networks.layerSizes(spec.size(), settings.hidden(), 1),
                1.0,
                random.nextLong(),
                device)) {
      Adam policyOptimizer = new Adam(policy, settings.learningRate(), settings.maxGradientNorm());
      Adam valueOptimizer = new Adam(value, settings.learningRate(), settings.maxGradientNorm());
      VectorRollouts rollouts =
          new VectorRollouts(game, task.opponents(), spec, settings.numEnvs(), settings.shards());
      SoftmaxActor actor = new SoftmaxActor(policy);
      long steps = 0;
      double lastReturn = 0;
      while (steps < settings.brSteps()) {
        long chunk = Math.min(settings.rolloutSteps(), settings.brSteps() - steps);
        Trajectories t = rollouts.collect(actor, chunk, random.nextLong());
        steps += t.environmentSteps();
        lastReturn = t.meanReturn();
        if (t.size() == 0) {
          continue;
        }
        double entropy = settings.entropy() * Math.max(0, 1 - (double) steps / settings.brSteps());
        float[] values = value.predict(t.observations(), t.size());
        Advantages adv = Advantages.of(t, values, settings.gamma(), settings.gaeLambda());
        update(policy, value, policyOptimizer, valueOptimizer, t, adv, entropy, random);
      }
      NeuralPolicy result =
          new NeuralPolicy(game.toString(), spec, NeuralPolicy.Head.SOFTMAX, policy.copy());
      return new OracleResult(
          result, lastReturn, steps, policyOptimizer.updates(), (System.nanoTime() - start) / 1e9);
    }
  }

  private void update(
      MlpNetwork policy,
      MlpNetwork value,
      Adam policyOptimizer,
      Adam valueOptimizer,
      Trajectories t,
      Advantages adv,
      double entropy,
      SplittableRandom random) {
    int n = t.size();
    int in = t.observationSize();
    int numActions = t.numActions();
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      int[] order = Networks.permutation(n, random);
      for (int from = 0; from < n; from += settings.minibatch()) {
        int rows = Math.min(settings.minibatch(), n - from);
        Minibatch b = Minibatch.gather(t, order, from, rows);
        float[] oldLogProb = new float[rows];
        float[] advantages = new float[rows];
        float[] returns = new float[rows];
        for (int r = 0; r < rows; r++) {
          int i = order[from + r];
          oldLogProb[r] = t.logProbabilities()[i];
          advantages[r] = adv.advantages[i];
          returns[r] = adv.returns[i];
        }
        GradientLock.lock();
        try {
          try (NDManager scope = policy.manager().newSubManager();
              GradientCollector collector = DjlRuntime.engine().newGradientCollector()) {
            NDArray x = scope.create(b.observations(), new Shape(rows, in));
            NDArray logits =
                policy.forward(x).add(scope.create(b.maskPenalty(), new Shape(rows, numActions)));
            NDArray logSoftmax = logits.logSoftmax(1);
            NDArray mask = scope.create(b.masks(), new Shape(rows, numActions));
            NDArray logProb =
                logSoftmax
                    .mul(scope.create(b.oneHotActions(), new Shape(rows, numActions)))
                    .sum(new int[] {1});
            NDArray ratio = logProb.sub(scope.create(oldLogProb)).exp();
            NDArray a = scope.create(advantages);
            NDArray surrogate =
                ratio.mul(a).minimum(ratio.clip(1 - settings.clip(), 1 + settings.clip()).mul(a));
            NDArray entropyTerm =
                logSoftmax.exp().mul(logSoftmax).mul(mask).sum(new int[] {1}).neg().mean();
            NDArray v = value.forward(x).reshape(rows);
            NDArray valueLoss = v.sub(scope.create(returns)).square().mean();
            NDArray loss =
                surrogate
                    .mean()
                    .neg()
                    .sub(entropyTerm.mul((float) entropy))
                    .add(valueLoss.mul((float) settings.valueCoefficient()));
            collector.backward(loss);
          }
          policyOptimizer.step();
          valueOptimizer.step();
        } finally {
          GradientLock.unlock();
        }
      }
    }
  }

  /** Whether {@code policy} was made by this module for {@code game} with these layer sizes. */
  static boolean fits(Policy policy, Game game, int[] layerSizes) {
    return policy instanceof NeuralPolicy n
        && n.game().equals(game.toString())
        && java.util.Arrays.equals(n.network().layerSizes(), layerSizes);
  }
}
