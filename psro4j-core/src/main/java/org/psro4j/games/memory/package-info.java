/** The memory-cue game, where a policy must remember what it saw once. */
package org.psro4j.games.memory;
