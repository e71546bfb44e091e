package org.psro4j.rl.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Constants that autograd saves survive a garbage collection between the forward and the backward
 * pass. The same check with DJL's {@code x.mul(3f)} gave a NaN gradient in 20 of 20 tries on this
 * machine: its constant's memory was freed by the collector and reused by the NaN-filled buffers.
 */
class ScalarsTest {

  @Test
  void savedConstantsSurviveAGarbageCollectionBeforeBackward() throws InterruptedException {
    assertThat(gradientAfterCollection(x -> Scalars.times(x, 3))).containsExactly(3f, 3f, 3f);
    assertThat(gradientAfterCollection(x -> Scalars.over(x, 4)))
        .containsExactly(0.25f, 0.25f, 0.25f);
    assertThat(gradientAfterCollection(x -> Scalars.minimum(x, 2.5))).containsExactly(1f, 1f, 0f);
    assertThat(gradientAfterCollection(x -> Scalars.maximum(x, 2.5))).containsExactly(0f, 0f, 1f);
  }

  @Test
  void constantsAreExactFloats() {
    try (NDManager m = DjlRuntime.engine().newBaseManager()) {
      NDArray x = m.create(new float[] {1f, 3f});
      assertThat(Scalars.times(x, 0.1).toFloatArray()).containsExactly(0.1f, 3f * 0.1f);
      assertThat(Scalars.over(x, 3).toFloatArray()).containsExactly(1f / 3f, 1f);
      assertThat(Scalars.of(m, 0.1).getShape().dimension()).isZero();
    }
  }

  /**
   * The gradient of {@code sum(op(x))} at x = (1, 2, 3) after the collector has run and {@code
   * malloc} has handed out many small NaN-filled buffers (where a freed constant would be).
   */
  private static float[] gradientAfterCollection(UnaryOperator<NDArray> op)
      throws InterruptedException {
    DjlRuntime.inferenceMode();
    try (NDManager m = DjlRuntime.engine().newBaseManager()) {
      NDArray x = m.create(new float[] {1f, 2f, 3f});
      x.setRequiresGradient(true);
      try (NDManager scope = m.newSubManager();
          ThreadGradients collector = ThreadGradients.record()) {
        NDArray y = op.apply(x).sum();
        for (int i = 0; i < 3; i++) {
          System.gc();
          Thread.sleep(20);
        }
        List<ByteBuffer> filler = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
          ByteBuffer b = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder());
          b.putFloat(0, Float.NaN);
          filler.add(b);
        }
        collector.backward(y);
        assertThat(filler).hasSize(2000);
        return x.getGradient().toFloatArray();
      }
    }
  }
}
