package org.psro4j.rl.neupl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.psro.IterationResult;
import org.psro4j.state.LearnerState;

/**
 * One seed gives one NeuPL-JPSRO run, bit for bit, however often the garbage collector runs. Before
 * {@link org.psro4j.rl.nn.Scalars}, the distillation loss's constant factors were DJL scalars over
 * Java memory that a collection between the forward and the backward pass freed: in one JVM the
 * same seed gave different iteration-1 networks, and with a collection every 20 ms the loss became
 * NaN at gradient step 105 (CI once saw it at step 458).
 */
class NeuplJpsroReproducibilityTest {

  /** Iterations 0 and 1 of the seeded driver: every metric and θ with its Adam moments. */
  private static List<Object> run() {
    NeuplJpsro d = NeuplJpsroTest.driver(1, 4);
    List<Object> out = new ArrayList<>();
    for (IterationResult r : d.run()) {
      out.add(r.exactGap());
      out.add(r.extras().get("distill_kl"));
      out.add(r.extras().get("reg_kl"));
    }
    LearnerState s = d.state().learners().get(NeuplJpsro.LEARNER);
    out.add(s.json());
    for (Map.Entry<String, byte[]> e : s.blobs().entrySet()) {
      out.add(e.getKey());
      out.add(java.util.HexFormat.of().formatHex(e.getValue()));
    }
    return out;
  }

  @Test
  void sameSeedGivesTheSameRunWithGarbageCollectionsDuringTraining() throws Exception {
    List<Object> quiet = run();
    Thread collector =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    while (true) {
                      Thread.sleep(10);
                      System.gc();
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    List<Object> collected;
    try {
      collected = run();
    } finally {
      collector.interrupt();
      collector.join();
    }
    assertThat(collected).isEqualTo(quiet);
    assertThat((double) quiet.get(3)).isLessThan(1.0);
  }
}
