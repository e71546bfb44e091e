/**
 * The population drivers: PSRO (Lanctot et al. 2017) and JPSRO (Marris et al. 2021), the {@link
 * org.psro4j.psro.BestResponseOracle} interface they call, and the {@link
 * org.psro4j.psro.IterationResult} stream they emit.
 */
package org.psro4j.psro;
