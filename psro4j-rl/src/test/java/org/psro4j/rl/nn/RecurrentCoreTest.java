package org.psro4j.rl.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GRU and LSTM cores learn a task that only memory solves. */
class RecurrentCoreTest {

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

  private static RecurrentCore create(String kind) {
    return switch (kind) {
      case "gru" -> new GruNetwork(1, 16, 1, 3, DjlRuntime.device("cpu"));
      case "lstm" -> new LstmNetwork(1, 16, 1, 3, DjlRuntime.device("cpu"));
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"gru", "lstm"})
  void learnsToRecallTheFirstInputAtTheLastStep(String kind) {
    // Only memory solves this: the last input is independent of the target.
    try (RecurrentCore core = create(kind)) {
      Adam adam = new Adam(core.parameters(), 0.01, 1.0);
      SplittableRandom random = new SplittableRandom(11);
      for (int it = 0; it < 300; it++) {
        float[][] task = recallTask(random);
        try (NDManager scope = core.manager().newSubManager();
            ThreadGradients gc = ThreadGradients.record()) {
          NDArray out = core.forward(scope.create(task[0], new Shape(STEPS, BATCH, 1)));
          NDArray last = out.get(STEPS - 1).reshape(BATCH);
          gc.backward(last.sub(scope.create(task[1])).square().mean());
        }
        adam.step();
      }
      float[][] test = recallTask(new SplittableRandom(99));
      float[] predicted = core.predictLast(test[0], STEPS, BATCH);
      int correct = 0;
      for (int b = 0; b < BATCH; b++) {
        correct += Math.signum(predicted[b]) == test[1][b] ? 1 : 0;
      }
      assertThat(correct).isGreaterThanOrEqualTo(BATCH - 2);
    }
  }

  @Test
  void lstmStateCarriesBothHiddenAndCell() {
    try (LstmNetwork lstm = new LstmNetwork(2, 4, 3, 5, DjlRuntime.device("cpu"));
        NDManager scope = lstm.manager().newSubManager()) {
      DjlRuntime.inferenceMode();
      var state = lstm.initialState(scope, 7);
      assertThat(state).hasSize(2);
      var next = lstm.step(scope.ones(new Shape(7, 2)), state);
      assertThat(next.get(0).getShape()).isEqualTo(new Shape(7, 4));
      assertThat(next.get(1).getShape()).isEqualTo(new Shape(7, 4));
      assertThat(lstm.output(next.get(0)).getShape()).isEqualTo(new Shape(7, 3));
      // |h| = |o * tanh(c)| < 1 always.
      for (float v : next.get(0).toFloatArray()) {
        assertThat(Math.abs(v)).isLessThan(1f);
      }
      assertThat(lstm.parameters()).hasSize(5);
    }
  }

  @Test
  void refusesBadSequenceLengths() {
    try (LstmNetwork lstm = new LstmNetwork(2, 4, 1, 5, DjlRuntime.device("cpu"))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> lstm.predictLast(new float[5], 2, 2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("5 values for 2 x 2 x 2");
    }
  }
}
