package org.psro4j.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.pipeline.PipelinePsro;
import org.psro4j.psro.IterationResult;

/**
 * A Pipeline PSRO row's wall seconds are the run's: they count the time between steps (the
 * listeners that write a run's files), in which the worker threads train on, and each row's
 * iteration seconds are the time since the previous row, so they add up to the wall seconds.
 */
class PipelineWallClockTest {

  private static final long LISTENER_MILLIS = 200;

  @Test
  void wallSecondsCountTheListenersTime() {
    Game kuhn = Games.load("kuhn_poker");
    PipelinePsro d = PipelineKuhnTest.driver(kuhn, PipelineKuhnTest.kuhnSettings(2000, 2), 2, 3);
    d.addListener(
        (r, driver) -> {
          try {
            Thread.sleep(LISTENER_MILLIS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    long before = System.nanoTime();
    List<IterationResult> rows = d.run();
    double elapsed = (System.nanoTime() - before) / 1e9;
    d.close();
    assertThat(rows).hasSizeGreaterThan(2);
    double sum = 0;
    for (int i = 0; i < rows.size(); i++) {
      IterationResult r = rows.get(i);
      sum += r.iterationSeconds();
      assertThat(r.wallSeconds()).as("row %d", i).isCloseTo(sum, within(1e-9));
      // Every earlier row's listener slept before this row was taken.
      assertThat(r.wallSeconds()).as("row %d", i).isGreaterThanOrEqualTo(i * LISTENER_MILLIS / 1e3);
    }
    // The last row is taken before its own listener sleeps: the run's wall seconds are the time
    // run() took but that last sleep (and the moments before the first step), not the steps alone.
    double last = rows.getLast().wallSeconds();
    assertThat(last).isLessThanOrEqualTo(elapsed);
    assertThat(last).isGreaterThan(elapsed - LISTENER_MILLIS / 1e3 - 0.1);
  }
}
