/** Plots (XChart PNGs) and the self-contained HTML report of a run directory. */
package org.psro4j.cli.report;
