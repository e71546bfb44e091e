/**
 * The state of a run as one immutable value ({@link org.psro4j.state.DriverState}): the population
 * view with versioned policy references, the empirical game, the current meta-strategy, the
 * stopping bookkeeping and the learners' saved states. A driver gives it out with {@code state()}
 * and continues from it with {@code restore(state)}; {@code RunDirectory} writes and reads it.
 */
package org.psro4j.state;
