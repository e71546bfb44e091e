/** Goofspiel, the simultaneous-bidding card game ({@link org.psro4j.games.goofspiel.Goofspiel}). */
package org.psro4j.games.goofspiel;
