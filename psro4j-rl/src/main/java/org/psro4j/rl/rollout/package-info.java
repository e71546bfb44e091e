/**
 * Vectorised rollouts: many games played at once, the learner acting through one batched forward
 * pass per step, co-players drawn per episode from the distribution the learner responds to.
 */
package org.psro4j.rl.rollout;
