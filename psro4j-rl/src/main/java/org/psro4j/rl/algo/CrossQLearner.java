package org.psro4j.rl.algo;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.BatchRenormMlp;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.StateArrays;
import org.psro4j.rl.nn.ThreadGradients;

/**
 * CrossQ updates (Bhatt et al., "CrossQ: Batch Normalization in Deep Reinforcement Learning for
 * Greater Sample Efficiency and Simplicity", ICLR 2024): soft actor-critic without target networks.
 * Each twin critic is a {@link BatchRenormMlp} that sees {@code (s, a)} and {@code (s', a')} in one
 * joint training-mode pass, so both halves share the normalisation statistics; the target half's
 * outputs are cut from the gradient. The actor (and the temperature) update every {@code
 * policy_delay} critic updates against the critics in evaluation mode (running statistics).
 */
final class CrossQLearner implements ContinuousLearner {

  private final BatchRenormMlp[] critics = new BatchRenormMlp[2];
  private final Adam[] criticOptimizers = new Adam[2];
  private final SoftActor actor;
  private final CrossQSettings settings;
  private final int obsSize;
  private final int actionSize;
  private long updates;

  CrossQLearner(
      MlpNetwork actor,
      int obsSize,
      int actionSize,
      CrossQSettings settings,
      SplittableRandom random,
      Device device) {
    this.settings = settings;
    this.obsSize = obsSize;
    this.actionSize = actionSize;
    int[] criticSizes = Networks.layerSizes(obsSize + actionSize, settings.criticHidden(), 1);
    for (int i = 0; i < 2; i++) {
      critics[i] =
          new BatchRenormMlp(
              criticSizes,
              random.nextLong(),
              device,
              settings.momentum(),
              3.0,
              5.0,
              settings.renormWarmup());
      criticOptimizers[i] =
          new Adam(critics[i].parameters(), settings.learningRate(), 0, settings.beta1());
    }
    this.actor = new SoftActor(actor, obsSize, actionSize, settings, settings.beta1(), device);
  }

  @Override
  public MlpNetwork actor() {
    return actor.network();
  }

  @Override
  public long updates() {
    return updates;
  }

  /** The critics (for tests of the normalisation statistics). */
  BatchRenormMlp critic(int i) {
    return critics[i];
  }

  @Override
  public void update(ContinuousReplayBuffer.Batch batch, SplittableRandom random) {
    int n = batch.size();
    int d = actionSize;
    float[] nextActions = new float[n * d];
    float[] nextLogProbs =
        SquashedGaussianHead.sample(
            actor.network(), batch.nextObservations(), n, d, random, nextActions);
    float[] current =
        SquashedGaussianHead.criticInput(batch.observations(), batch.actions(), n, obsSize, d);
    float[] next =
        SquashedGaussianHead.criticInput(batch.nextObservations(), nextActions, n, obsSize, d);
    float[] joint = new float[2 * current.length];
    System.arraycopy(current, 0, joint, 0, current.length);
    System.arraycopy(next, 0, joint, current.length, next.length);
    float[] softBonus = new float[n];
    for (int r = 0; r < n; r++) {
      softBonus[r] = (float) (-actor.alpha() * nextLogProbs[r]);
    }
    try (NDManager scope = actor.network().manager().newSubManager();
        ThreadGradients collector = ThreadGradients.record()) {
      NDArray x = scope.create(joint, new Shape(2L * n, obsSize + d));
      NDList q0 = critics[0].forward(x, true).reshape(2L * n).split(2);
      NDList q1 = critics[1].forward(x, true).reshape(2L * n).split(2);
      NDArray target =
          q0.get(1)
              .minimum(q1.get(1))
              .add(scope.create(softBonus))
              .mul(scope.create(batch.notDone()))
              .mul((float) settings.gamma())
              .add(scope.create(batch.rewards()))
              .stopGradient();
      NDArray loss =
          q0.get(0).sub(target).square().mean().add(q1.get(0).sub(target).square().mean());
      collector.backward(loss);
    }
    criticOptimizers[0].step();
    criticOptimizers[1].step();
    updates++;
    if (updates % settings.policyDelay() == 0) {
      actor.update(
          batch.observations(),
          batch.size(),
          random,
          in -> critics[0].forward(in, false).minimum(critics[1].forward(in, false)),
          criticOptimizers);
    }
  }

  @Override
  public void save(StateWriter out) {
    actor.save(out);
    out.fields().put("critic_updates", updates);
    for (int i = 0; i < 2; i++) {
      out.bytes("critic" + i, StateArrays.encode(critics[i].parameters()))
          .bytes("critic" + i + "_statistics", StateArrays.encode(critics[i].runningStatistics()))
          .adam("critic" + i + "_adam", criticOptimizers[i]);
      out.fields().put("critic" + i + "_passes", critics[i].trainingPasses());
    }
  }

  @Override
  public void restore(StateReader in) {
    actor.restore(in);
    updates = in.state().getLong("critic_updates");
    for (int i = 0; i < 2; i++) {
      StateArrays.decodeInto(in.state().array("critic" + i), critics[i].parameters(), "critic" + i);
      StateArrays.decodeInto(
          in.state().array("critic" + i + "_statistics"),
          critics[i].runningStatistics(),
          "critic" + i + " statistics");
      in.adam("critic" + i + "_adam", criticOptimizers[i]);
      critics[i].restoreTrainingPasses(in.state().getLong("critic" + i + "_passes"));
    }
  }

  @Override
  public void close() {
    critics[0].close();
    critics[1].close();
    actor.close();
  }
}
