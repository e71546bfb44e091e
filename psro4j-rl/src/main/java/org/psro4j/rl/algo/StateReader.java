package org.psro4j.rl.algo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.psro4j.learn.SessionState;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.StateArrays;

/** Reads what a {@link StateWriter} wrote back into a live session, in place. */
final class StateReader {

  private final SessionState state;

  StateReader(SessionState state) {
    this.state = state;
  }

  SessionState state() {
    return state;
  }

  void network(String name, MlpNetwork network) {
    StateArrays.decodeInto(state.array(name), network.parameters(), name);
  }

  void adam(String name, Adam adam) {
    StateArrays.decodeInto(state.array(name), adam.moments(), name + " optimiser");
    adam.restoreUpdates((int) state.getLong(name + "_updates"));
  }

  /** Copies the saved floats into {@code into}, which must have the saved length. */
  void floats(String name, float[] into) {
    ByteBuffer b = checked(name, 4L * into.length);
    b.asFloatBuffer().get(into);
  }

  void ints(String name, int[] into) {
    ByteBuffer b = checked(name, 4L * into.length);
    b.asIntBuffer().get(into);
  }

  void booleans(String name, boolean[] into) {
    byte[] bytes = checked(name, into.length).array();
    for (int i = 0; i < into.length; i++) {
      into[i] = bytes[i] != 0;
    }
  }

  private ByteBuffer checked(String name, long length) {
    byte[] bytes = state.array(name);
    if (bytes.length != length) {
      throw new IllegalArgumentException(
          "session array "
              + name
              + " has "
              + bytes.length
              + " bytes, this session needs "
              + length);
    }
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }
}
