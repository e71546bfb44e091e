/**
 * Evaluating policies on {@code ssa_coverage}: the heuristic-versus-heuristic payoff table with
 * standard errors (the meta-game PSRO starts from), the custody timeline of one episode played by
 * two policies, and a JMH-free simulation speed figure.
 */
package org.psro4j.ssa.evaluation;
