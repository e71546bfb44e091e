/**
 * Exact analysis of games small enough to walk: a {@link org.psro4j.exact.GameTree} flattens the
 * game once, then {@link org.psro4j.exact.ExpectedReturns}, {@link org.psro4j.exact.BestResponse}
 * and {@link org.psro4j.exact.Exploitability} (NashConv) are passes over its arrays, and a {@link
 * org.psro4j.exact.ProfileEvaluator} fills payoff tables of fixed populations. Policies enter as
 * strategy vectors built by {@link org.psro4j.exact.TreeStrategies}.
 */
package org.psro4j.exact;
