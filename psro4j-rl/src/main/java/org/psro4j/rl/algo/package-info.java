/**
 * Reinforcement-learning best-response oracles (PPO, DQN) trained on vectorised rollouts against
 * the co-player distribution of a {@link org.psro4j.psro.BestResponseTask}.
 */
package org.psro4j.rl.algo;
