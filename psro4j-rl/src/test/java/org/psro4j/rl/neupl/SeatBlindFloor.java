package org.psro4j.rl.neupl;

import java.util.HashMap;
import java.util.Map;

/**
 * The smallest mean distillation KL any network reading only the rows' inputs can reach: rows with
 * the same input and embedding share one output, best set to their mean target, so the floor is the
 * mean over rows of KL(target ‖ mean target of its group). Zero when no input carries two different
 * targets for one embedding.
 */
final class SeatBlindFloor {

  private SeatBlindFloor() {}

  static double of(DistillationRows rows) {
    int in = rows.observationSize();
    int a = rows.numActions();
    float[] obs = new float[in];
    float[] mask = new float[a];
    float[] target = new float[a];
    Map<String, double[]> sums = new HashMap<>();
    String[] keys = new String[rows.size()];
    float[][] targets = new float[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      rows.copyRow(r, 0, obs, mask, target);
      keys[r] = rows.index(r) + ":" + java.util.Arrays.toString(obs);
      targets[r] = target.clone();
      double[] s = sums.computeIfAbsent(keys[r], k -> new double[a + 1]);
      for (int j = 0; j < a; j++) {
        s[j] += target[j];
      }
      s[a]++;
    }
    double total = 0;
    for (int r = 0; r < rows.size(); r++) {
      double[] s = sums.get(keys[r]);
      for (int j = 0; j < a; j++) {
        if (targets[r][j] > 0) {
          total += targets[r][j] * Math.log(targets[r][j] / (s[j] / s[a]));
        }
      }
    }
    return total / rows.size();
  }
}
