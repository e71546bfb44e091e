package org.psro4j.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.pipeline.PipelinePsro;
import org.psro4j.psro.IterationResult;

/**
 * A Pipeline PSRO row's wall seconds are the run's: they count the time between steps (the
 * listeners that write a run's files), in which the worker threads train on, and each row's
 * iteration seconds are the time since the previous row. The driver's clock is stepped by hand,
 * only by the listener, so every value is exact: a clock that summed the steps alone would read 0.
 */
class PipelineWallClockTest {

  private static final long LISTENER_NANOS = 10_000_000_000L;

  @Test
  void wallSecondsCountTheListenersTime() {
    Game kuhn = Games.load("kuhn_poker");
    AtomicLong nanos = new AtomicLong();
    PipelinePsro d =
        PipelineKuhnTest.builder(kuhn, PipelineKuhnTest.kuhnSettings(2000, 2), 2, 3)
            .clock(nanos::get)
            .build();
    d.addListener((r, driver) -> nanos.addAndGet(LISTENER_NANOS));
    List<IterationResult> rows = d.run();
    d.close();
    assertThat(rows).hasSizeGreaterThan(2);
    for (int i = 0; i < rows.size(); i++) {
      IterationResult r = rows.get(i);
      assertThat(r.wallSeconds()).as("row %d", i).isCloseTo(10.0 * i, within(1e-9));
      assertThat(r.iterationSeconds()).as("row %d", i).isCloseTo(i == 0 ? 0 : 10, within(1e-9));
    }
  }
}
