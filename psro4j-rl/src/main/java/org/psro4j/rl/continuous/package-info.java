/**
 * Continuous actions: the one-shot continuous Colonel Blotto game and soft actor-critic for it.
 * Core's {@link org.psro4j.game.Game} has discrete actions only, so these live here until core
 * gains a continuous-action state API.
 */
package org.psro4j.rl.continuous;
