package org.psro4j.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.psro4j.game.Game;

/** {@link PolicyCodec} for {@link TabularPolicy}: its own JSON form (files without "kind"). */
final class TabularPolicyCodec implements PolicyCodec {

  @Override
  public String kind() {
    return "tabular";
  }

  @Override
  public boolean handles(Policy policy) {
    return policy instanceof TabularPolicy;
  }

  @Override
  public void write(Policy policy, Game game, Path file) {
    try {
      ((TabularPolicy) policy).write(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write policy " + file, e);
    }
  }

  @Override
  public Policy read(Game game, Path file, JsonNode json) {
    return TabularPolicyJson.parse(json.toString(), file.toString(), game);
  }
}
