/**
 * Vectorised rollouts: many games played at once, the learner acting through one batched forward
 * pass per step, co-players drawn per episode from the distribution the learner responds to; for
 * discrete actions ({@link org.psro4j.rl.rollout.VectorRollouts}) and for action vectors ({@link
 * org.psro4j.rl.rollout.ContinuousRollouts}).
 */
package org.psro4j.rl.rollout;
