/** Continuous Colonel Blotto, the core game with continuous actions. */
package org.psro4j.games.blotto;
