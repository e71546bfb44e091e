/**
 * Normal-form (matrix) games: the general n-player {@link org.psro4j.games.matrix.NormalFormGame},
 * the named two-player games of {@link org.psro4j.games.matrix.MatrixGames} and seeded random games
 * ({@link org.psro4j.games.matrix.RandomMatrixGame}).
 */
package org.psro4j.games.matrix;
