package org.psro4j.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.psro4j.game.Game;

/**
 * {@link PolicyCodec} for {@link UniformContinuousPolicy}: {@code {"version": 1, "kind":
 * "uniform_continuous", "game": "continuous_blotto(...)", "dimension": 3}}. Registered as a
 * service.
 */
public final class UniformContinuousPolicyCodec implements PolicyCodec {

  @Override
  public String kind() {
    return "uniform_continuous";
  }

  @Override
  public boolean handles(Policy policy) {
    return policy instanceof UniformContinuousPolicy;
  }

  @Override
  public void write(Policy policy, Game game, Path file) {
    UniformContinuousPolicy uniform = (UniformContinuousPolicy) policy;
    ContinuousPolicyJson.write(
        file, ContinuousPolicyJson.header(kind(), game, uniform.dimension()));
  }

  @Override
  public Policy read(Game game, Path file, JsonNode json) {
    return new UniformContinuousPolicy(ContinuousPolicyJson.checkHeader(game, file, json));
  }
}
