package org.psro4j.rl.algo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.psro4j.learn.SessionState;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.StateArrays;

/** Collects a session's scalar fields and arrays into a {@link SessionState}. */
final class StateWriter {

  private final ObjectNode fields = new ObjectMapper().createObjectNode();
  private final Map<String, byte[]> arrays = new LinkedHashMap<>();

  ObjectNode fields() {
    return fields;
  }

  StateWriter network(String name, MlpNetwork network) {
    arrays.put(name, StateArrays.encode(network.parameters()));
    return this;
  }

  StateWriter adam(String name, Adam adam) {
    arrays.put(name, StateArrays.encode(adam.moments()));
    fields.put(name + "_updates", adam.updates());
    return this;
  }

  StateWriter bytes(String name, byte[] bytes) {
    arrays.put(name, bytes);
    return this;
  }

  StateWriter floats(String name, float[] values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(values);
    arrays.put(name, b.array());
    return this;
  }

  StateWriter ints(String name, int[] values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    b.asIntBuffer().put(values);
    arrays.put(name, b.array());
    return this;
  }

  StateWriter booleans(String name, boolean[] values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) (values[i] ? 1 : 0);
    }
    arrays.put(name, out);
    return this;
  }

  SessionState build(String kind, int version) {
    return new SessionState(kind, version, fields, arrays);
  }
}
