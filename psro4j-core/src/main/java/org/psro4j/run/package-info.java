/**
 * The run directory of a driver: config.json, metrics.csv, events.jsonl, metagame.json, policies/
 * and atomic checkpoints that {@code psro4j resume} continues from.
 */
package org.psro4j.run;
