package org.psro4j.rl.algo;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.psro4j.rl.rollout.ContinuousTrajectories;

/**
 * A circular replay buffer of learner transitions {@code (s, a, r, done, s')} with action vectors
 * in {@code [0,1]^d}, for the off-policy continuous learners; the successor of a transition that
 * ends its episode is all zeros (and never bootstrapped from).
 */
final class ContinuousReplayBuffer {

  private final ReplaySlots slots;
  private final int obsSize;
  private final int actionSize;
  private final float[] observations;
  private final float[] actions;
  private final float[] rewards;
  private final boolean[] done;
  private final float[] nextObservations;

  ContinuousReplayBuffer(int capacity, int obsSize, int actionSize) {
    this.slots = new ReplaySlots(capacity, Math.max(obsSize, actionSize));
    this.obsSize = obsSize;
    this.actionSize = actionSize;
    observations = new float[capacity * obsSize];
    actions = new float[capacity * actionSize];
    rewards = new float[capacity];
    done = new boolean[capacity];
    nextObservations = new float[capacity * obsSize];
  }

  int size() {
    return slots.size();
  }

  /** Adds every transition of {@code t}, overwriting the oldest when full. */
  void addAll(ContinuousTrajectories t) {
    for (int i = 0; i < t.size(); i++) {
      int k = slots.claim();
      System.arraycopy(t.observations(), i * obsSize, observations, k * obsSize, obsSize);
      System.arraycopy(t.actions(), i * actionSize, actions, k * actionSize, actionSize);
      rewards[k] = t.rewards()[i];
      done[k] = t.done()[i];
      if (t.done()[i]) {
        Arrays.fill(nextObservations, k * obsSize, (k + 1) * obsSize, 0f);
      } else {
        System.arraycopy(
            t.observations(), (i + 1) * obsSize, nextObservations, k * obsSize, obsSize);
      }
    }
  }

  /** Adds the buffer's rows and slot bookkeeping to {@code out} under {@code name}. */
  void save(StateWriter out, String name) {
    out.floats(name + "_observations", observations)
        .floats(name + "_actions", actions)
        .floats(name + "_rewards", rewards)
        .booleans(name + "_done", done)
        .floats(name + "_next_observations", nextObservations);
    slots.save(out, name);
  }

  /** Restores what {@link #save} wrote (same capacity and sizes). */
  void restore(StateReader in, String name) {
    in.floats(name + "_observations", observations);
    in.floats(name + "_actions", actions);
    in.floats(name + "_rewards", rewards);
    in.booleans(name + "_done", done);
    in.floats(name + "_next_observations", nextObservations);
    slots.restore(in, name);
  }

  /** One sampled minibatch, copied out row by row. */
  Batch batch(int n, SplittableRandom random) {
    int[] idx = slots.sample(n, random);
    float[] r = new float[n];
    float[] notDone = new float[n];
    for (int i = 0; i < n; i++) {
      r[i] = rewards[idx[i]];
      notDone[i] = done[idx[i]] ? 0f : 1f;
    }
    return new Batch(
        n,
        ReplaySlots.rows(observations, idx, obsSize),
        ReplaySlots.rows(actions, idx, actionSize),
        r,
        notDone,
        ReplaySlots.rows(nextObservations, idx, obsSize));
  }

  /**
   * A minibatch.
   *
   * @param size rows
   * @param observations {@code s}, row by row
   * @param actions {@code a} in {@code [0,1]^d}, row by row
   * @param rewards {@code r}
   * @param notDone 1 where the successor is bootstrapped from, 0 at episode ends
   * @param nextObservations {@code s'}, row by row
   */
  record Batch(
      int size,
      float[] observations,
      float[] actions,
      float[] rewards,
      float[] notDone,
      float[] nextObservations) {}
}
