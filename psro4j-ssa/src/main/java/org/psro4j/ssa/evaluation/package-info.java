/**
 * Evaluating policies on {@code ssa_coverage}: the heuristic-versus-heuristic payoff table with
 * standard errors, the meta-game PSRO starts from.
 */
package org.psro4j.ssa.evaluation;
