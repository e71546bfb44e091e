package org.psro4j.rl.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

class DjlRuntimeTest {

  @Test
  void pytorchEngineLoadsOfflineAndRunsAForwardPass() {
    assertThat(DjlRuntime.engine().getEngineName()).isEqualTo("PyTorch");
    assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    DjlRuntime.inferenceMode();
    try (NDManager manager = DjlRuntime.engine().newBaseManager()) {
      // [1 2; 3 4] x [1; 1] + 0.5 = [3.5; 7.5], then relu.
      NDArray w = manager.create(new float[] {1, 2, 3, 4}).reshape(2, 2);
      NDArray x = manager.create(new float[] {1, 1}).reshape(2, 1);
      float[] y = w.matMul(x).add(0.5f).getNDArrayInternal().relu().toFloatArray();
      assertThat(y).containsExactly(3.5f, 7.5f);
    }
  }
}
