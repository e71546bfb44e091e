/** {@code psro4j compare}: several runs' curves overlaid, grouped by their settings. */
package org.psro4j.cli.compare;
