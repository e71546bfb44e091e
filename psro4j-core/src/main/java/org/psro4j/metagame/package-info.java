/**
 * Empirical games (meta-games) and what solves them: {@link org.psro4j.metagame.EmpiricalGame}
 * holds the payoff tensor of n populations of policies, {@link org.psro4j.metagame.MetaSolver}
 * turns it into a {@link org.psro4j.metagame.MetaStrategy}, and {@link
 * org.psro4j.metagame.MetaGameGaps} recomputes Nash, CCE and CE gaps independently of any solver.
 * The solvers themselves live in {@code psro4j-solvers}.
 */
package org.psro4j.metagame;
