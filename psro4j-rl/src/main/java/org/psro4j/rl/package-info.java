/**
 * Reinforcement learning for psro4j: neural policies on DJL's PyTorch engine, vectorised rollouts
 * and RL best-response oracles. DJL types stay inside this module; the rest of psro4j sees {@link
 * org.psro4j.policy.Policy} and {@link org.psro4j.psro.BestResponseOracle}.
 */
package org.psro4j.rl;
