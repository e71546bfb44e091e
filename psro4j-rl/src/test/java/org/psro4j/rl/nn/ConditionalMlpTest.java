package org.psro4j.rl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConditionalMlpTest {

  @ParameterizedTest
  @EnumSource(ConditionalMlp.Conditioning.class)
  void trainingSeparatesTwoStrategiesOnTheSameObservation(ConditionalMlp.Conditioning mode) {
    try (ConditionalMlp net =
        new ConditionalMlp(new int[] {4, 16, 1}, 2, 3, mode, 1, DjlRuntime.device("cpu"))) {
      float[] obs = {1, 0, 1, 0, 1, 0, 1, 0};
      float[] out = net.predict(obs, new float[] {1, 0, 0, 1}, 2);
      assertThat(out).hasSize(2);
      assertThat(out[0]).isNotEqualTo(out[1]);
      // Targets: +1 under strategy 0, -1 under strategy 1, same observation.
      Adam adam = new Adam(net.parameters(), 0.02, 0);
      float[] strategies = {1, 0, 0, 1};
      for (int step = 0; step < 200; step++) {
        try (NDManager scope = net.manager().newSubManager();
            ThreadGradients gc = ThreadGradients.record()) {
          NDArray y =
              net.forward(
                      scope.create(obs, new Shape(2, 4)), scope.create(strategies, new Shape(2, 2)))
                  .reshape(2);
          gc.backward(y.sub(scope.create(new float[] {1, -1})).square().mean());
        }
        adam.step();
      }
      float[] trained = net.predict(obs, strategies, 2);
      assertThat(trained[0]).isCloseTo(1f, within(0.05f));
      assertThat(trained[1]).isCloseTo(-1f, within(0.05f));
    }
  }
}
