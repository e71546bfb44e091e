/** Policies: maps from states to action distributions, tabular and aggregated. */
package org.psro4j.policy;
