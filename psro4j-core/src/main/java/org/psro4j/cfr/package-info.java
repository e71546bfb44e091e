/**
 * Counterfactual regret minimisation as a reference equilibrium solver: {@link org.psro4j.cfr.Cfr}
 * runs vanilla CFR, CFR+ or linear-averaging CFR ({@link org.psro4j.cfr.CfrOptions}) on a flattened
 * {@link org.psro4j.exact.GameTree}.
 */
package org.psro4j.cfr;
