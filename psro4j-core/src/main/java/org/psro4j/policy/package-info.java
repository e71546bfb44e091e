/**
 * Policies: maps from states to action distributions. {@link org.psro4j.policy.Policy} is the
 * interface every policy implements (tabular here, neural in {@code psro4j-rl}); {@link
 * org.psro4j.policy.TabularPolicy} is the table keyed by information state with its JSON form;
 * {@link org.psro4j.policy.PolicyAggregator} turns a mixture over a population into the one
 * behaviour policy that plays it. For games with continuous actions, {@link
 * org.psro4j.policy.ContinuousPolicy} samples action vectors; core provides {@link
 * org.psro4j.policy.UniformContinuousPolicy} and {@link org.psro4j.policy.FixedContinuousPolicy},
 * each with a JSON {@link org.psro4j.policy.PolicyCodec}.
 */
package org.psro4j.policy;
