/**
 * Hand-written sensor-tasking policies for {@code ssa_coverage} (aggressive, distributed, reactive,
 * predictive, random), selected by name through {@link org.psro4j.ssa.heuristics.SsaHeuristics}.
 */
package org.psro4j.ssa.heuristics;
