/**
 * Pipeline PSRO (McAleer et al., NeurIPS 2020, "Pipeline PSRO: A Scalable Approach for Finding
 * Approximate Nash Equilibria in Large Games"): best responses train in parallel in a hierarchy of
 * levels per player. {@link org.psro4j.pipeline.PipelineManager} is the single-threaded state
 * machine (levels, leases, the plateau rule, the payoff table, the opponents' meta-strategies) that
 * any engine drives by turning messages ({@link org.psro4j.pipeline.PipelineProtocol}) into method
 * calls; policies and learner checkpoints cross it as versioned byte blobs ({@link
 * org.psro4j.pipeline.Blobs}).
 */
package org.psro4j.pipeline;
