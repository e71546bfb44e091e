package org.psro4j.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.OracleResult;
import org.psro4j.state.LearnerState;

/**
 * A learning best response trained in pieces of {@code every} steps, its whole session saved after
 * each piece (the RLlib checkpoint contract applied inside one best response), and resumed from
 * such a save. Training in pieces equals training at once, so on one thread the result is bit for
 * bit the one-shot {@link LearningOracle#bestResponse}, whether or not the run was killed between
 * pieces. The saved {@link SessionState} travels in a driver's state as a {@link LearnerState}: its
 * kind, a JSON document {@code {"version": v, "fields": {...}}} and its arrays as blobs.
 */
public final class CheckpointedBestResponse {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CheckpointedBestResponse() {}

  /**
   * Trains {@code oracle}'s session for {@code task} to the oracle's budget, starting from {@code
   * saved} when it is not null (a state an earlier call handed to {@code save} for the same task),
   * and hands the session's state, replay buffer included, to {@code save} after every {@code
   * every} steps.
   */
  public static OracleResult run(
      LearningOracle oracle,
      BestResponseTask task,
      long every,
      LearnerState saved,
      Consumer<LearnerState> save) {
    if (every < 1) {
      throw new IllegalArgumentException("checkpoint steps " + every + " must be at least 1");
    }
    long budget = oracle.budget();
    try (TrainingSession session =
        saved == null ? oracle.start(task) : oracle.resume(task, sessionState(saved))) {
      while (session.progress().targetSteps() < budget) {
        session.train(Math.min(every, budget - session.progress().targetSteps()));
        save.accept(learnerState(session.saveState(true)));
      }
      return LearningOracle.finish(session, budget);
    }
  }

  /** {@code state} as a driver's learner state, losslessly. */
  public static LearnerState learnerState(SessionState state) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("version", state.version());
    doc.set("fields", state.fields());
    try {
      return new LearnerState(state.kind(), JSON.writeValueAsString(doc), state.arrays());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The session state {@link #learnerState} turned into {@code state}. */
  public static SessionState sessionState(LearnerState state) {
    JsonNode doc;
    try {
      doc = JSON.readTree(state.json());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          state.kind() + " learner state is not JSON: " + e.getMessage());
    }
    if (!doc.path("version").isInt() || !doc.path("fields").isObject()) {
      throw new IllegalArgumentException(
          state.kind() + " learner state is not a training session's (no version or fields)");
    }
    return new SessionState(
        state.kind(), doc.path("version").asInt(), (ObjectNode) doc.path("fields"), state.blobs());
  }
}
