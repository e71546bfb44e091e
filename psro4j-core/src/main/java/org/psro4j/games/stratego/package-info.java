/**
 * Barrage Stratego ({@link org.psro4j.games.stratego.BarrageStratego}), its rules, views of hidden
 * information and baseline bots.
 */
package org.psro4j.games.stratego;
