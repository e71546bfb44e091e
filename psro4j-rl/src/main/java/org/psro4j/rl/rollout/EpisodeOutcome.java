package org.psro4j.rl.rollout;

import org.psro4j.policy.Policy;

/**
 * One finished episode of a rollout: the co-player profile it was played against (the learner's
 * slot {@code null}) and the learner's return.
 *
 * @param profile the co-players, by seat
 * @param learnerReturn the learner's return over the episode
 */
public record EpisodeOutcome(Policy[] profile, double learnerReturn) {}
