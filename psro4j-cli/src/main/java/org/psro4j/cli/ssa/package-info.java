/**
 * The {@code psro4j ssa} commands for the space-situational-awareness game {@code ssa_coverage}:
 * the heuristic matchup table with its equilibrium and heat map, and the pictures of a game (ground
 * track map, custody timeline).
 */
package org.psro4j.cli.ssa;
