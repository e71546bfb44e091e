package org.psro4j.state;

/**
 * The role of a population slot: a fixed policy never changes again; an active one is still
 * training (its policy may be replaced by newer versions, and meta-game entries measured with an
 * older version are invalidated).
 */
public enum SlotRole {
  /** A finished policy. */
  FIXED,
  /** A policy that is still learning and may be replaced by a newer version. */
  ACTIVE
}
