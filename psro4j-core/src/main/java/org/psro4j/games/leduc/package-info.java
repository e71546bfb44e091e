/** Leduc hold'em poker for two or more players ({@link org.psro4j.games.leduc.LeducPoker}). */
package org.psro4j.games.leduc;
