package org.psro4j.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.psro4j.psro.IterationResult;

/** One {@link IterationResult} as a line of {@code events.jsonl}; NaN is written as null. */
public final class EventJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventJson() {}

  /** The JSON line (without newline). */
  public static String format(IterationResult r) {
    return format(r, null);
  }

  /**
   * The JSON line (without newline); {@code stoppedBy} names the stopping rule that fired after
   * this iteration (see {@code PopulationDriver.stopReason}), null while the run goes on.
   */
  public static String format(IterationResult r, String stoppedBy) {
    ObjectNode o = JSON.createObjectNode();
    o.put("version", RunDirectory.VERSION);
    o.put("iteration", r.iteration());
    o.put("wall_s", r.wallSeconds());
    o.put("iteration_s", r.iterationSeconds());
    ArrayNode sizes = o.putArray("population_sizes");
    for (int k : r.populationSizes()) {
      sizes.add(k);
    }
    ArrayNode marginals = o.putArray("marginals");
    for (double[] m : r.marginals()) {
      ArrayNode a = marginals.addArray();
      for (double v : m) {
        a.add(v);
      }
    }
    put(o, "meta_gap", r.metaGap());
    put(o, r.gapName(), r.exactGap());
    ArrayNode br = o.putArray("br_values");
    for (double v : r.brValues()) {
      if (Double.isFinite(v)) {
        br.add(v);
      } else {
        br.addNull();
      }
    }
    o.put("new_policies", r.newPolicies());
    o.put("oracle_steps", r.oracleSteps());
    o.put("oracle_episodes", r.oracleEpisodes());
    o.put("oracle_s", r.oracleSeconds());
    o.put("solver_s", r.solverSeconds());
    o.put("eval_s", r.evalSeconds());
    o.put("entries_evaluated", r.entriesEvaluated());
    o.put("entries_imputed", r.entriesImputed());
    put(o, "imputation_error", r.imputationError());
    put(o, MetricsRow.BR_IMPROVEMENT, r.brImprovement());
    r.extras().forEach((k, v) -> put(o, k, v));
    if (stoppedBy != null) {
      o.put("stopped_by", stoppedBy);
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    } else {
      o.putNull(key);
    }
  }
}
