/**
 * The game API: {@link org.psro4j.game.Game} descriptions loaded by name through {@link
 * org.psro4j.game.Games}, mutable {@link org.psro4j.game.State}s, and the {@link
 * org.psro4j.game.GameType} that declares dynamics, chance, information and utility (after
 * OpenSpiel's {@code spiel.h}).
 */
package org.psro4j.game;
