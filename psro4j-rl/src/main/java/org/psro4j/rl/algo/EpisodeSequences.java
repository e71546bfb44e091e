package org.psro4j.rl.algo;

import java.util.ArrayList;
import java.util.List;
import org.psro4j.rl.rollout.Trajectories;

/**
 * The learner's transitions of a {@link Trajectories} cut into whole episodes (each ends at a
 * {@code done} row), and padded time-major batches of them for a recurrent network: {@code [T, B,
 * ...]} with {@code T} the longest episode of the batch. Every sequence starts at its episode's
 * first decision, so its initial recurrent state is the zero state the rollout started from.
 */
final class EpisodeSequences {

  private final Trajectories t;
  private final int[] starts;
  private final int[] lengths;

  EpisodeSequences(Trajectories t) {
    this.t = t;
    List<int[]> episodes = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < t.size(); i++) {
      if (t.done()[i] || i == t.size() - 1) {
        episodes.add(new int[] {start, i + 1 - start});
        start = i + 1;
      }
    }
    starts = new int[episodes.size()];
    lengths = new int[episodes.size()];
    for (int e = 0; e < starts.length; e++) {
      starts[e] = episodes.get(e)[0];
      lengths[e] = episodes.get(e)[1];
    }
  }

  int count() {
    return starts.length;
  }

  int length(int episode) {
    return lengths[episode];
  }

  /**
   * A padded batch of {@code episodes}: {@code rows[t * B + b]} is the transition at step {@code t}
   * of the batch's episode {@code b}, or -1 past its end; observations {@code [T, B, in]}.
   */
  Batch batch(int[] episodes) {
    int b = episodes.length;
    int steps = 0;
    for (int e : episodes) {
      steps = Math.max(steps, lengths[e]);
    }
    int in = t.observationSize();
    int[] rows = new int[steps * b];
    float[] obs = new float[steps * b * in];
    java.util.Arrays.fill(rows, -1);
    for (int k = 0; k < b; k++) {
      int e = episodes[k];
      for (int s = 0; s < lengths[e]; s++) {
        int i = starts[e] + s;
        rows[s * b + k] = i;
        System.arraycopy(t.observations(), i * in, obs, (s * b + k) * in, in);
      }
    }
    return new Batch(steps, b, rows, obs);
  }

  /**
   * A padded batch.
   *
   * @param steps the longest episode's length {@code T}
   * @param width the number of episodes {@code B}
   * @param rows the transition at each {@code (t, b)}, time-major, or -1 for padding
   * @param observations {@code [T, B, in]} observations (zeros for padding)
   */
  record Batch(int steps, int width, int[] rows, float[] observations) {}
}
