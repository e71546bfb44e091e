package org.psro4j.ssa.heuristics;

import org.psro4j.policy.NamedPolicyCodec;
import org.psro4j.policy.PolicyCodec;

/**
 * Saves a built-in SSA heuristic in a run directory as its name ({@code "kind": "ssa_heuristic"}),
 * so that a population started from the heuristics checkpoints and resumes. Registered as a {@link
 * PolicyCodec} service.
 */
public final class SsaHeuristicCodec extends NamedPolicyCodec {

  /** The codec (a service, so it needs a public no-argument constructor). */
  public SsaHeuristicCodec() {
    super(
        "ssa_heuristic",
        "SSA heuristic",
        "heuristic",
        SsaHeuristics::nameOf,
        SsaHeuristics::create);
  }
}
