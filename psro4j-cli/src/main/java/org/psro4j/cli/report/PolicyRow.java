package org.psro4j.cli.report;

/**
 * One policy of the final population as the report's policy table shows it. Ratings that do not
 * apply (more than two players, or outside the α-Rank sub-game) are NaN.
 *
 * @param index the policy's index in its player's population
 * @param name its name in the meta-game
 * @param born the iteration whose best response added it (0 for the initial policies)
 * @param weight its weight in the final meta-strategy (player marginal)
 * @param elo its Elo rating on the meta-game
 * @param melo the transitive part of its multidimensional Elo rating
 * @param alphaRank its α-Rank mass
 */
public record PolicyRow(
    int index, String name, int born, double weight, double elo, double melo, double alphaRank) {}
