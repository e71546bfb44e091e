/** The built-in games, one sub-package per game, and the list that registers them. */
package org.psro4j.games;
