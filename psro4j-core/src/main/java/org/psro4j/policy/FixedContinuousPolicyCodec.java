package org.psro4j.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.psro4j.game.Game;

/**
 * {@link PolicyCodec} for {@link FixedContinuousPolicy}: {@code {"version": 1, "kind":
 * "fixed_continuous", "game": ..., "dimension": 3, "action": [0.5, 0.5, 0.5]}}. Doubles are written
 * in their shortest round-tripping form, so a read policy equals the written one. Registered as a
 * service.
 */
public final class FixedContinuousPolicyCodec implements PolicyCodec {

  @Override
  public String kind() {
    return "fixed_continuous";
  }

  @Override
  public boolean handles(Policy policy) {
    return policy instanceof FixedContinuousPolicy;
  }

  @Override
  public void write(Policy policy, Game game, Path file) {
    double[] action = ((FixedContinuousPolicy) policy).action();
    ObjectNode root = ContinuousPolicyJson.header(kind(), game, action.length);
    ArrayNode array = root.putArray("action");
    for (double x : action) {
      array.add(x);
    }
    ContinuousPolicyJson.write(file, root);
  }

  @Override
  public Policy read(Game game, Path file, JsonNode json) {
    int dimension = ContinuousPolicyJson.checkHeader(game, file, json);
    JsonNode array = json.get("action");
    if (array == null || !array.isArray() || array.size() != dimension) {
      throw new IllegalArgumentException(
          "policy file " + file + " needs an 'action' array of " + dimension + " numbers");
    }
    double[] action = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      if (!array.get(i).isNumber()) {
        throw new IllegalArgumentException(
            "policy file " + file + ": action entry " + i + " is not a number: " + array.get(i));
      }
      action[i] = array.get(i).asDouble();
    }
    try {
      return new FixedContinuousPolicy(action);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("policy file " + file + ": " + e.getMessage(), e);
    }
  }
}
