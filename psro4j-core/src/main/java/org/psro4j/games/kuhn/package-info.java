/** Kuhn poker for two or more players. */
package org.psro4j.games.kuhn;
