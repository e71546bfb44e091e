/**
 * The per-iteration measures a run adds to metrics.csv: payoffs of the meta-strategy against fixed
 * baselines, effective support and population diversity.
 */
package org.psro4j.cli.measures;
