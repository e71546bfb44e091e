/**
 * The payoff estimator ψ_w(ν_1..ν_n) → ℝⁿ of NeuPL-JPSRO (Liu, Marris, Lanctot, Heess, AAMAS 2024):
 * an MLP over the players' strategy embeddings that predicts meta-game payoffs, so that not every
 * profile must be played ({@link org.psro4j.rl.payoff.PsiPayoffModel}). In NeuPL-JPSRO it reads the
 * population network's own embeddings ν ({@link org.psro4j.rl.payoff.StrategyEmbeddings}); for PSRO
 * and JPSRO it learns one embedding per policy.
 */
package org.psro4j.rl.payoff;
