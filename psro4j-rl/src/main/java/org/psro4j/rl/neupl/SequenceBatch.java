package org.psro4j.rl.neupl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psro4j.rl.nn.RecurrentCore;

/**
 * The recurrent part of a population network's forward pass over training rows (Liu et al., AAMAS
 * 2024, with a memory core): the whole observation sequences (each seat's decisions of one episode)
 * of every group of rows added are stacked time-major and zero-padded to the longest, the core runs
 * over them once from the zero state, and a 0/1 selection matrix per group picks each row's step,
 * so padded steps never reach the loss (the mask) and gradients flow back through time into the
 * core (backpropagation through time by DJL's autograd). Each row's loss keeps the weight it has
 * without a core. Add every group before the first {@link #features}; not thread-safe.
 */
final class SequenceBatch {

  private final PopulationNetwork network;
  private final NDManager scope;
  private final List<DistillationRows> groups = new ArrayList<>();
  private final List<int[]> picks = new ArrayList<>();
  private final Map<Long, Integer> column = new LinkedHashMap<>();
  private int steps;
  private NDArray outputs;

  /** An empty batch whose arrays live in {@code scope}. */
  SequenceBatch(PopulationNetwork network, NDManager scope) {
    this.network = network;
    this.scope = scope;
  }

  /** Adds the rows {@code pick} of {@code rows} as a group; its number. */
  int add(DistillationRows rows, int[] pick) {
    if (outputs != null) {
      throw new IllegalStateException("the core already ran over this batch");
    }
    int group = groups.size();
    groups.add(rows);
    picks.add(pick);
    for (int row : pick) {
      long key = key(group, rows.sequence(row));
      if (!column.containsKey(key)) {
        column.put(key, column.size());
        steps = Math.max(steps, rows.sequenceRows(rows.sequence(row)).length);
      }
    }
    return group;
  }

  private static long key(int group, int sequence) {
    return ((long) group << 32) | sequence;
  }

  /** The core's output {@code [pick.length, coreSize]} at each row of group {@code group}. */
  NDArray features(int group) {
    if (outputs == null) {
      outputs = run();
    }
    DistillationRows rows = groups.get(group);
    int[] pick = picks.get(group);
    int width = steps * column.size();
    float[] select = new float[pick.length * width];
    for (int i = 0; i < pick.length; i++) {
      int b = column.get(key(group, rows.sequence(pick[i])));
      select[i * width + rows.step(pick[i]) * column.size() + b] = 1f;
    }
    return scope.create(select, new Shape(pick.length, width)).matMul(outputs);
  }

  /** Runs the core over every sequence; outputs {@code [steps * batch, coreSize]}, time-major. */
  private NDArray run() {
    int batch = column.size();
    DistillationRows first = groups.getFirst();
    int in = first.observationSize();
    float[][] x = new float[steps][batch * in];
    for (Map.Entry<Long, Integer> e : column.entrySet()) {
      DistillationRows rows = groups.get((int) (e.getKey() >>> 32));
      int sequence = (int) (long) e.getKey();
      int[] stepRows = rows.sequenceRows(sequence);
      for (int t = 0; t < stepRows.length; t++) {
        if (stepRows[t] < 0) {
          throw new IllegalStateException(
              "observation sequence " + sequence + " has no row at step " + t);
        }
        rows.copyObservation(stepRows[t], x[t], e.getValue() * in);
      }
    }
    RecurrentCore core = network.core();
    NDList state = core.initialState(scope, batch);
    NDList perStep = new NDList(steps);
    for (int t = 0; t < steps; t++) {
      state = core.step(scope.create(x[t], new Shape(batch, in)), state);
      perStep.add(core.output(state.get(0)));
    }
    return NDArrays.concat(perStep, 0);
  }
}
