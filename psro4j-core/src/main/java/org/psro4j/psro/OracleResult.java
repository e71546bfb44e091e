package org.psro4j.psro;

import org.psro4j.policy.Policy;

/**
 * What a {@link BestResponseOracle} returns: the new policy and what it cost.
 *
 * @param policy the best response
 * @param value its (exact or estimated) expected return against the task's opponents
 * @param steps environment steps used (0 for exact oracles)
 * @param episodes complete environment episodes played (0 for exact oracles)
 * @param updates gradient updates made (0 for exact oracles)
 * @param seconds wall-clock seconds spent
 */
public record OracleResult(
    Policy policy, double value, long steps, long episodes, long updates, double seconds) {}
