/**
 * The space-situational-awareness game {@code ssa_coverage}: two operators task Walker sensor
 * constellations over a shared catalogue of resident space objects to keep custody through
 * manoeuvres. Registered through {@link org.psro4j.game.GameProvider}, so {@code
 * Games.load("ssa_coverage(...)")} works whenever this module is on the class path.
 */
package org.psro4j.ssa;
