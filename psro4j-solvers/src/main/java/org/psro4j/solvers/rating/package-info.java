/**
 * Ratings of the policies in a two-player meta-game: Elo (Bradley–Terry) and multidimensional Elo
 * (Balduzzi et al. 2018), fitted on the meta-game's payoffs.
 */
package org.psro4j.solvers.rating;
