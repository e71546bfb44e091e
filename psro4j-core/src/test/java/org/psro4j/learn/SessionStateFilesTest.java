package org.psro4j.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStateFilesTest {

  @Test
  void aStateRoundTripsThroughItsDirectoryExactly(@TempDir Path dir) {
    ObjectNode fields = new ObjectMapper().createObjectNode();
    fields.put("steps", 123_456_789_012L);
    fields.put("moving_return", 0.1 + 0.2);
    fields.put("game", "kuhn_poker()");
    SessionState saved =
        new SessionState("ppo", 1, fields, Map.of("policy", new byte[] {1, 2, 3, -4}));
    SessionStateFiles.write(dir, saved);
    SessionState read = SessionStateFiles.read(dir);
    assertThat(read.kind()).isEqualTo("ppo");
    assertThat(read.getLong("steps")).isEqualTo(123_456_789_012L);
    assertThat(read.getDouble("moving_return")).isEqualTo(0.1 + 0.2);
    assertThat(read.array("policy")).containsExactly(1, 2, 3, -4);
    read.requireKind("ppo", 1);
    assertThatThrownBy(() -> read.requireKind("dqn", 1)).hasMessageContaining("expected dqn");
    assertThatThrownBy(() -> read.requireField("game", "leduc_poker()"))
        .hasMessageContaining("kuhn_poker()");
  }
}
