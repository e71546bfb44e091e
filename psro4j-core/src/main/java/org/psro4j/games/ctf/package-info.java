/**
 * Capture the flag on a grid, two teams of two ({@link org.psro4j.games.ctf.CaptureTheFlag}), after
 * Melting Pot's paintball capture-the-flag, and its heuristic bots ({@link
 * org.psro4j.games.ctf.CtfBots}).
 */
package org.psro4j.games.ctf;
