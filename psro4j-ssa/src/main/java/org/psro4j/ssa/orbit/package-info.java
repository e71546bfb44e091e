/**
 * Orbits for the SSA game: mean Keplerian elements, two-body + J2 secular propagation, Walker-delta
 * constellations and the Earth-occlusion line-of-sight test. Held within a stated tolerance of
 * Orekit by the module's tests.
 */
package org.psro4j.ssa.orbit;
