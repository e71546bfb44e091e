package org.psro4j.rl.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * What {@link PpoLearner} trains: logits and state values of observation rows, and the parameters
 * of each part. Two MLPs are one such model; NeuPL's best-response head (a policy head over a
 * shared conditional encoder) is another.
 */
public interface ActorCritic {

  /** The manager gradient scopes are opened under. */
  NDManager manager();

  /** Logits {@code [rows, actions]} of observations {@code x}. */
  NDArray logits(NDArray x);

  /** Values {@code [rows]} of observations {@code x}. */
  NDArray values(NDArray x);

  /** Values of {@code rows} observations without gradients. */
  float[] predictValues(float[] observations, int rows);

  /** Parameters the policy loss trains (the encoder included when shared). */
  List<NDArray> policyParameters();

  /** Parameters only the value loss trains. */
  List<NDArray> valueParameters();
}
