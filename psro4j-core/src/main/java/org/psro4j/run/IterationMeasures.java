package org.psro4j.run;

import java.util.List;
import org.psro4j.psro.IterationResult;
import org.psro4j.state.DriverState;

/**
 * Extra per-iteration columns of {@code metrics.csv} that the driver itself does not produce
 * (ratings, population diversity, payoffs against fixed baselines, ...): {@link RunDirectory} asks
 * for them after each iteration, before it writes the iteration's row, so they are on disk as the
 * run goes and a resumed run writes the same columns. Values must depend only on the run's root
 * seed and the state, never on what was measured before, so a resumed run measures the same
 * numbers.
 */
public interface IterationMeasures {

  /** No extra columns. */
  IterationMeasures NONE =
      new IterationMeasures() {
        @Override
        public List<String> columns() {
          return List.of();
        }

        @Override
        public double[] measure(IterationResult result, DriverState state) {
          return new double[0];
        }
      };

  /** The column names, fixed for the whole run (letters, digits and underscores). */
  List<String> columns();

  /**
   * The values of {@link #columns()} for {@code result}, one per column (NaN where not measured);
   * {@code state} is the driver's state right after the iteration.
   */
  double[] measure(IterationResult result, DriverState state);
}
