/**
 * Playing episodes: the one runner ({@link org.psro4j.play.Episodes}) that Monte-Carlo evaluation,
 * random-search best responses and RL exploiters share, playing each policy through its per-episode
 * handle so policies with memory work everywhere.
 */
package org.psro4j.play;
