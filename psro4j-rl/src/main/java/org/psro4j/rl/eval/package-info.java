/**
 * Measuring policies where the game is too large to walk: approximate NashConv from trained
 * exploiters and sampled returns, with confidence intervals.
 */
package org.psro4j.rl.eval;
