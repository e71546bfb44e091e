package org.psro4j.rl.neupl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The recurrent forward pass of a population network over training rows (Liu et al., AAMAS 2024,
 * with a memory core): the rows' whole observation sequences (each seat's decisions of one episode)
 * are stacked time-major and zero-padded to the longest, the core runs over them from the zero
 * state, and a 0/1 selection matrix picks each row's step, so padded steps never reach the loss
 * (the mask) and gradients flow back through time into the core (backpropagation through time by
 * DJL's autograd). Each row's loss keeps the weight it has without a core.
 */
final class SequenceBatch {

  private SequenceBatch() {}

  /**
   * The logits {@code [pick.length, actions]} of rows {@code pick} under the embeddings {@code
   * strategies} selects, in {@code scope}.
   */
  static NDArray logits(
      PopulationNetwork network,
      NDManager scope,
      DistillationRows rows,
      int[] pick,
      NDArray strategies) {
    Map<Integer, Integer> column = new LinkedHashMap<>();
    int steps = 0;
    for (int row : pick) {
      int q = rows.sequence(row);
      if (!column.containsKey(q)) {
        column.put(q, column.size());
        steps = Math.max(steps, rows.sequenceRows(q).length);
      }
    }
    int batch = column.size();
    int in = rows.observationSize();
    float[] x = new float[steps * batch * in];
    for (Map.Entry<Integer, Integer> e : column.entrySet()) {
      int[] stepRows = rows.sequenceRows(e.getKey());
      for (int t = 0; t < stepRows.length; t++) {
        if (stepRows[t] < 0) {
          throw new IllegalStateException(
              "observation sequence " + e.getKey() + " has no row at step " + t);
        }
        rows.copyObservation(stepRows[t], x, (t * batch + e.getValue()) * in);
      }
    }
    float[] select = new float[pick.length * steps * batch];
    for (int i = 0; i < pick.length; i++) {
      int b = column.get(rows.sequence(pick[i]));
      select[i * steps * batch + rows.step(pick[i]) * batch + b] = 1f;
    }
    int out = network.spec().coreSize();
    NDArray outputs =
        network
            .core()
            .forward(scope.create(x, new Shape(steps, batch, in)))
            .reshape(steps * batch, out);
    NDArray features = scope.create(select, new Shape(pick.length, steps * batch)).matMul(outputs);
    return network.mlp().forward(features, strategies);
  }
}
