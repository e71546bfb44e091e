package org.psro4j.rl.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdamTest {

  /**
   * A dropped step's NaN and infinite gradients are cleared to zero (g − g would keep the NaN and
   * poison every later step), so the next gradient is the next loss's alone.
   */
  @Test
  void zeroGradientsClearsNonFiniteGradients() {
    try (NDManager m = DjlRuntime.engine().newBaseManager()) {
      NDArray x = m.create(new float[] {1f, 2f});
      Adam adam = new Adam(List.of(x), 0.1, 0);
      backward(m, x, new float[] {Float.NaN, Float.POSITIVE_INFINITY});
      assertThat(x.getGradient().toFloatArray()[0]).isNaN();
      adam.zeroGradients();
      assertThat(x.getGradient().toFloatArray()).containsExactly(0f, 0f);
      backward(m, x, new float[] {3f, -4f});
      assertThat(x.getGradient().toFloatArray()).containsExactly(3f, -4f);
      adam.step();
      // Adam's first step moves each coordinate by the learning rate against its gradient's sign.
      assertThat(x.toFloatArray()[0]).isCloseTo(0.9f, org.assertj.core.data.Offset.offset(1e-6f));
      assertThat(x.toFloatArray()[1]).isCloseTo(2.1f, org.assertj.core.data.Offset.offset(1e-6f));
    }
  }

  /** A step on a non-finite gradient changes nothing but the gradient, which it clears. */
  @Test
  void stepIfFiniteRefusesANonFiniteGradient() {
    try (NDManager m = DjlRuntime.engine().newBaseManager()) {
      NDArray x = m.create(new float[] {1f, 2f});
      Adam adam = new Adam(List.of(x), 0.1, 1);
      backward(m, x, new float[] {Float.NaN, 1f});
      assertThat(adam.stepIfFinite()).isFalse();
      assertThat(adam.updates()).isZero();
      assertThat(x.toFloatArray()).containsExactly(1f, 2f);
      assertThat(adam.moments().get(0).toFloatArray()).containsExactly(0f, 0f);
      backward(m, x, new float[] {3f, -4f});
      assertThat(adam.stepIfFinite()).isTrue();
      assertThat(adam.updates()).isEqualTo(1);
      assertThat(x.toFloatArray()[0]).isCloseTo(0.9f, org.assertj.core.data.Offset.offset(1e-6f));
    }
  }

  /**
   * The rate scale (DQN's {@code lr_end} decay) scales the step itself: Adam's first step moves
   * each coordinate by scale × learning rate, and a scale outside (0, 1] is refused.
   */
  @Test
  void rateScaleScalesTheStep() {
    try (NDManager m = DjlRuntime.engine().newBaseManager()) {
      NDArray x = m.create(new float[] {1f, 2f});
      Adam adam = new Adam(List.of(x), 0.1, 0);
      adam.setRateScale(0.25);
      backward(m, x, new float[] {3f, -4f});
      adam.step();
      assertThat(x.toFloatArray()[0]).isCloseTo(0.975f, org.assertj.core.data.Offset.offset(1e-6f));
      assertThat(x.toFloatArray()[1]).isCloseTo(2.025f, org.assertj.core.data.Offset.offset(1e-6f));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> adam.setRateScale(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 0.0");
    }
  }

  private static void backward(NDManager m, NDArray x, float[] slope) {
    try (NDManager scope = m.newSubManager();
        ThreadGradients collector = ThreadGradients.record()) {
      collector.backward(x.mul(scope.create(slope)).sum());
    }
  }
}
