/**
 * Continuous Colonel Blotto, the core game with continuous actions, and {@link
 * org.psro4j.games.blotto.ThreeFieldEquilibriumPolicy}, Borel's equilibrium for three fields and
 * equal budgets.
 */
package org.psro4j.games.blotto;
