package org.psro4j.rl.payoff;

/**
 * The strategy embeddings ν that feed the payoff estimator ψ_w(ν_1..ν_n) (Liu et al., "Neural
 * Population Learning beyond Symmetric Zero-sum Games", AAMAS 2024): a snapshot of every member's
 * embedding in a conditional population network, read as plain values (detached: ψ's training never
 * changes the network).
 */
@FunctionalInterface
public interface StrategyEmbeddings {

  /** The embedding of {@code player}'s member {@code index} (a copy the caller may keep). */
  float[] of(int player, int index);
}
