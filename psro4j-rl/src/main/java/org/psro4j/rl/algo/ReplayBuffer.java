package org.psro4j.rl.algo;

import java.util.SplittableRandom;
import org.psro4j.rl.rollout.Trajectories;

/**
 * A circular experience-replay buffer (Mnih et al., "Human-level control through deep reinforcement
 * learning", Nature 2015) of learner transitions {@code (s, a, r, done, s', legal mask of s')}; the
 * successor of a transition that ends its episode is all zeros. Added with {@code n > 1} steps, a
 * row is an n-step transition (Sutton and Barto 2018 ch. 7): {@code r} is the discounted sum of the
 * next {@code n} rewards, {@code s'} the state {@code n} decisions later, and {@code done} whether
 * the episode ended within them.
 */
final class ReplayBuffer {

  private final ReplaySlots slots;
  private final int obsSize;
  private final int numActions;
  private final float[] observations;
  private final int[] actions;
  private final float[] rewards;
  private final boolean[] done;
  private final float[] nextObservations;
  private final float[] nextMasks;

  ReplayBuffer(int capacity, int obsSize, int numActions) {
    this.slots = new ReplaySlots(capacity, Math.max(obsSize, numActions));
    this.obsSize = obsSize;
    this.numActions = numActions;
    observations = new float[capacity * obsSize];
    actions = new int[capacity];
    rewards = new float[capacity];
    done = new boolean[capacity];
    nextObservations = new float[capacity * obsSize];
    nextMasks = new float[capacity * numActions];
  }

  int size() {
    return slots.size();
  }

  /** Adds every transition of {@code t} as a one-step transition. */
  void addAll(Trajectories t) {
    addAll(t, 1, 1.0);
  }

  /**
   * Adds every transition of {@code t} (whole episodes) as an {@code n}-step transition discounted
   * by {@code gamma}, overwriting the oldest when full.
   */
  void addAll(Trajectories t, int n, double gamma) {
    for (int i = 0; i < t.size(); i++) {
      int k = slots.claim();
      System.arraycopy(t.observations(), i * obsSize, observations, k * obsSize, obsSize);
      actions[k] = t.actions()[i];
      double sum = 0;
      double discount = 1;
      int j = i;
      boolean ended = false;
      for (int step = 0; step < n; step++, j++) {
        sum += discount * t.rewards()[j];
        discount *= gamma;
        if (t.done()[j]) {
          ended = true;
          break;
        }
      }
      rewards[k] = (float) sum;
      done[k] = ended;
      if (ended) {
        java.util.Arrays.fill(nextObservations, k * obsSize, (k + 1) * obsSize, 0f);
        java.util.Arrays.fill(nextMasks, k * numActions, (k + 1) * numActions, 0f);
      } else {
        System.arraycopy(t.observations(), j * obsSize, nextObservations, k * obsSize, obsSize);
        System.arraycopy(t.masks(), j * numActions, nextMasks, k * numActions, numActions);
      }
    }
  }

  /** Adds the buffer's rows and slot bookkeeping to {@code out} under {@code name}. */
  void save(StateWriter out, String name) {
    out.floats(name + "_observations", observations)
        .ints(name + "_actions", actions)
        .floats(name + "_rewards", rewards)
        .booleans(name + "_done", done)
        .floats(name + "_next_observations", nextObservations)
        .floats(name + "_next_masks", nextMasks);
    slots.save(out, name);
  }

  /** Restores what {@link #save} wrote (same capacity and sizes). */
  void restore(StateReader in, String name) {
    in.floats(name + "_observations", observations);
    in.ints(name + "_actions", actions);
    in.floats(name + "_rewards", rewards);
    in.booleans(name + "_done", done);
    in.floats(name + "_next_observations", nextObservations);
    in.floats(name + "_next_masks", nextMasks);
    slots.restore(in, name);
  }

  /** {@code n} transitions drawn uniformly with replacement, as a training batch. */
  Batch sample(int n, SplittableRandom random) {
    int[] idx = slots.sample(n, random);
    boolean[] d = new boolean[idx.length];
    float[] r = new float[idx.length];
    int[] a = new int[idx.length];
    for (int j = 0; j < idx.length; j++) {
      d[j] = done[idx[j]];
      r[j] = rewards[idx[j]];
      a[j] = actions[idx[j]];
    }
    return new Batch(
        ReplaySlots.rows(observations, idx, obsSize),
        a,
        r,
        d,
        ReplaySlots.rows(nextObservations, idx, obsSize),
        ReplaySlots.rows(nextMasks, idx, numActions));
  }

  /** Transitions sampled for one gradient step, row-major. */
  record Batch(
      float[] observations,
      int[] actions,
      float[] rewards,
      boolean[] done,
      float[] nextObservations,
      float[] nextMasks) {

    int size() {
      return actions.length;
    }
  }
}
