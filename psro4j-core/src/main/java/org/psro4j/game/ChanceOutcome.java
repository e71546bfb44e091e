package org.psro4j.game;

/**
 * One outcome of a chance node: the action chance takes and its probability.
 *
 * @param action the chance action, passed to {@link State#apply(int)}
 * @param probability its probability; the outcomes of a node sum to 1
 */
public record ChanceOutcome(int action, double probability) {}
