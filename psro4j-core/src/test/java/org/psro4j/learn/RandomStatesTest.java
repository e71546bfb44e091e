package org.psro4j.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomStatesTest {

  @Test
  void aCapturedStateContinuesTheStreamAsIfNothingWasDrawn() {
    SplittableRandom seeds = new SplittableRandom(1);
    for (int trial = 0; trial < 200; trial++) {
      long seed = seeds.nextLong();
      int drawsBefore = seeds.nextInt(50);
      SplittableRandom straight = new SplittableRandom(seed);
      SplittableRandom probed = new SplittableRandom(seed);
      for (int i = 0; i < drawsBefore; i++) {
        straight.nextInt(7);
        probed.nextInt(7);
      }
      SplittableRandom resumed = new SplittableRandom(RandomStates.capture(probed));
      for (int i = 0; i < 20; i++) {
        assertThat(resumed.nextLong()).isEqualTo(straight.nextLong());
        assertThat(resumed.nextDouble()).isEqualTo(straight.nextDouble());
        assertThat(resumed.nextInt(1000)).isEqualTo(straight.nextInt(1000));
      }
    }
  }
}
