/**
 * The population drivers: the {@link org.psro4j.psro.Driver} contract (step, finished, state,
 * restore), PSRO (Lanctot et al. 2017) and JPSRO (Marris et al. 2021) built with {@code
 * Psro.builder(game)} / {@code Jpsro.builder(game)}, the {@link org.psro4j.psro.BestResponseOracle}
 * interface they call, and the {@link org.psro4j.psro.IterationResult} stream they emit. A driver's
 * state is one {@link org.psro4j.state.DriverState} value.
 */
package org.psro4j.psro;
