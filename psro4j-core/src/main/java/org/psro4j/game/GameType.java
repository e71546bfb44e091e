package org.psro4j.game;

import java.util.Objects;

/**
 * What kind of game a {@link Game} is, after OpenSpiel's {@code GameType}: how players move, how
 * chance enters, what players see and how utilities relate.
 *
 * @param shortName the registry name, e.g. {@code kuhn_poker}
 * @param longName a human-readable name
 * @param dynamics sequential (one player per node) or simultaneous moves
 * @param chance whether chance nodes exist and are explicit
 * @param information perfect or imperfect information
 * @param utility zero-sum, constant-sum, general-sum or identical interest
 * @param rewardModel rewards only at the end, or along the way
 * @param providesInformationStateString whether {@link State#informationStateString} works
 * @param providesInformationStateTensor whether {@link State#informationStateTensor} works
 * @param providesObservationTensor whether {@link State#observationTensor} works
 */
public record GameType(
    String shortName,
    String longName,
    Dynamics dynamics,
    ChanceMode chance,
    Information information,
    Utility utility,
    RewardModel rewardModel,
    boolean providesInformationStateString,
    boolean providesInformationStateTensor,
    boolean providesObservationTensor) {

  /** How players move. */
  public enum Dynamics {
    /** One player (or chance) acts at each node. */
    SEQUENTIAL,
    /** All players choose at once at some nodes. */
    SIMULTANEOUS
  }

  /** How chance enters the game. */
  public enum ChanceMode {
    /** No chance nodes. */
    DETERMINISTIC,
    /** Chance nodes list their outcomes and probabilities. */
    EXPLICIT_STOCHASTIC,
    /** Chance is sampled inside the game; outcomes are not enumerable. */
    SAMPLED_STOCHASTIC
  }

  /** What players observe. */
  public enum Information {
    /** Every player sees the whole state. */
    PERFECT,
    /** Some of the state is hidden from some players. */
    IMPERFECT
  }

  /** How players' utilities relate. */
  public enum Utility {
    /** Returns sum to zero at every terminal. */
    ZERO_SUM,
    /** Returns sum to the same constant at every terminal. */
    CONSTANT_SUM,
    /** No relation. */
    GENERAL_SUM,
    /** All players receive the same return. */
    IDENTICAL
  }

  /** When rewards arrive. */
  public enum RewardModel {
    /** Only terminal returns. */
    TERMINAL,
    /** Rewards after each step, summing to the returns. */
    REWARDS
  }

  public GameType {
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(longName, "longName");
    Objects.requireNonNull(dynamics, "dynamics");
    Objects.requireNonNull(chance, "chance");
    Objects.requireNonNull(information, "information");
    Objects.requireNonNull(utility, "utility");
    Objects.requireNonNull(rewardModel, "rewardModel");
  }
}
