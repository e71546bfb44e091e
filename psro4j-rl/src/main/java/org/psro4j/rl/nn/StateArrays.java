package org.psro4j.rl.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Saves and restores groups of DJL arrays (parameters, optimiser moments, normalisation statistics)
 * as DJL's {@code NDList} encoding, restoring in place so that optimisers and gradient tracking
 * keep pointing at the same arrays. Values round-trip bit for bit.
 */
public final class StateArrays {

  private StateArrays() {}

  /** {@code arrays} in DJL's {@code NDList} encoding. */
  public static byte[] encode(List<NDArray> arrays) {
    DjlRuntime.inferenceMode();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new NDList(arrays).encode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Overwrites each of {@code targets} with the matching array of {@code encoded}; fails naming
   * {@code what} when the count or a shape differs.
   */
  public static void decodeInto(byte[] encoded, List<NDArray> targets, String what) {
    if (targets.isEmpty()) {
      return;
    }
    DjlRuntime.inferenceMode();
    try (NDManager scope = targets.get(0).getManager().newSubManager()) {
      NDList list = NDList.decode(scope, new ByteArrayInputStream(encoded));
      if (list.size() != targets.size()) {
        throw new IllegalArgumentException(
            what + " holds " + list.size() + " arrays, this session has " + targets.size());
      }
      for (int i = 0; i < list.size(); i++) {
        NDArray target = targets.get(i);
        NDArray source = list.get(i);
        if (!source.getShape().equals(target.getShape())) {
          throw new IllegalArgumentException(
              what
                  + " array "
                  + i
                  + " has shape "
                  + source.getShape()
                  + ", this session has "
                  + target.getShape());
        }
        // x - x + y is exactly y for finite x (NDArray.set makes libtorch print a warning).
        target.subi(target).addi(source);
      }
    }
  }
}
