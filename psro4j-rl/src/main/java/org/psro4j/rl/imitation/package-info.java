/**
 * Imitation: behaviour cloning of a teacher policy (e.g. a game's heuristic bot) into a network, as
 * a supervised start for reinforcement learning (the supervised stage of AlphaStar: Vinyals et al.,
 * Nature 2019).
 */
package org.psro4j.rl.imitation;
