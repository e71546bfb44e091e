/** {@code psro4j run / resume / report}: settings, the run directory, and driver assembly. */
package org.psro4j.cli.run;
