/**
 * Reinforcement-learning best-response oracles trained against the co-player distribution of a
 * {@link org.psro4j.psro.BestResponseTask}: PPO, DQN and MPO for discrete actions on vectorised
 * rollouts; SAC and CrossQ for continuous actions on continuous rollouts with a replay buffer.
 */
package org.psro4j.rl.algo;
