package org.psro4j.metagame;

/**
 * Which equilibrium gap a {@link MetaStrategy} reports; each is a sum over players of the best
 * deviation gain, so 0 means an exact equilibrium of that kind (see {@link MetaGameGaps}).
 */
public enum GapKind {
  /** NashConv of the product of the marginals: Σ_p max_s u_p(s, σ_−p) − u_p(σ). */
  NASH_CONV,
  /** Coarse-correlated-equilibrium gap: Σ_p max(0, max_s' E_σ[u_p(s', a_−p)] − E_σ[u_p(a)]). */
  CCE_GAP,
  /**
   * Correlated-equilibrium gap: Σ_p Σ_s max(0, max_s' Σ_{a_−p} σ(s, a_−p)·(u_p(s', a_−p) − u_p(s,
   * a_−p))), the gain of each player's best swap deviation.
   */
  CE_GAP
}
