package org.psro4j.rl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class BatchRenormMlpTest {

  @Test
  void trainingNormalisesByTheBatchAndMovesRunningStatisticsEvaluationDoesNeither() {
    DjlRuntime.inferenceMode();
    try (BatchRenormMlp net =
            new BatchRenormMlp(new int[] {2, 4, 1}, 7, DjlRuntime.device("cpu"), 0.5, 3, 5, 0);
        NDManager scope = net.manager().newSubManager()) {
      NDArray batch = scope.create(new float[] {1, 10, 3, 20, 5, 30, 7, 40}, new Shape(4, 2));
      NDArray shifted = batch.add(100f);
      // Training mode: a constant shift of the whole batch is normalised away, except for the
      // renormalisation's mean correction d, which is clipped at d_max = 5 running deviations.
      float[] before = net.runningMeans()[0];
      assertThat(before).containsExactly(0f, 0f);
      net.forward(batch, true);
      // Running input mean moved half-way (momentum 0.5) to the batch mean (4, 25).
      assertThat(net.runningMeans()[0]).containsExactly(new float[] {2f, 12.5f}, within(1e-5f));
      // Evaluation: rows are independent (one row alone gives what it gives inside a batch)
      // and the running statistics stay put.
      float[] all = net.forward(batch, false).toFloatArray();
      float[] first = net.forward(batch.get("0:1"), false).toFloatArray();
      assertThat(first[0]).isCloseTo(all[0], within(1e-5f));
      assertThat(net.runningMeans()[0]).containsExactly(new float[] {2f, 12.5f}, within(1e-5f));
      // Training: a row's output depends on the other rows of the batch.
      float[] joint = net.forward(batch.concat(shifted, 0), true).toFloatArray();
      float[] alone = net.forward(batch, true).toFloatArray();
      assertThat(joint[0]).isNotCloseTo(alone[0], within(1e-3f));
    }
  }
}
