/** Deterministic seed splitting: one root seed per run, derived per use. */
package org.psro4j.random;
