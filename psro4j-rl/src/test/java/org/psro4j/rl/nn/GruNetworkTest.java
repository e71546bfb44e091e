package org.psro4j.rl.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GruNetworkTest {

  private static final int STEPS = 5;
  private static final int BATCH = 64;

  /** Random bits, time-major; the target is +1 or -1 by the first step's bit. */
  private static float[][] recallTask(SplittableRandom random) {
    float[] seq = new float[STEPS * BATCH];
    float[] target = new float[BATCH];
    for (int i = 0; i < seq.length; i++) {
      seq[i] = random.nextBoolean() ? 1f : 0f;
    }
    for (int b = 0; b < BATCH; b++) {
      target[b] = seq[b] > 0 ? 1f : -1f;
    }
    return new float[][] {seq, target};
  }

  @Test
  void learnsToRecallTheFirstInputAtTheLastStep() {
    // Only memory solves this: the last input is independent of the target.
    try (GruNetwork gru = new GruNetwork(1, 16, 1, 3, DjlRuntime.device("cpu"))) {
      Adam adam = new Adam(gru.parameters(), 0.01, 1.0);
      SplittableRandom random = new SplittableRandom(11);
      for (int it = 0; it < 300; it++) {
        float[][] task = recallTask(random);
        GradientLock.lock();
        try {
          try (NDManager scope = gru.manager().newSubManager();
              GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
            NDArray out = gru.forward(scope.create(task[0], new Shape(STEPS, BATCH, 1)));
            NDArray last = out.get(STEPS - 1).reshape(BATCH);
            gc.backward(last.sub(scope.create(task[1])).square().mean());
          }
          adam.step();
        } finally {
          GradientLock.unlock();
        }
      }
      float[][] test = recallTask(new SplittableRandom(99));
      float[] predicted = gru.predictLast(test[0], STEPS, BATCH);
      int correct = 0;
      for (int b = 0; b < BATCH; b++) {
        correct += Math.signum(predicted[b]) == test[1][b] ? 1 : 0;
      }
      assertThat(correct).isGreaterThanOrEqualTo(BATCH - 2);
    }
  }
}
