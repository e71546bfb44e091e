package org.psro4j.games.goofspiel;

import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameSpec;
import org.psro4j.game.GameType;
import org.psro4j.game.ParameterSpec;
import org.psro4j.game.State;

/**
 * Goofspiel, the game of pure strategy (Ross, "Goofspiel — the game of pure strategy", J. Applied
 * Probability 1971), as OpenSpiel's {@code goofspiel} with {@code imp_info=true}.
 *
 * <p>Each player holds bid cards 1..K (action a bids a+1) and a deck of point cards 1..K is
 * revealed one per turn. All players bid at once; the single highest bidder wins the point card's
 * value, a tie for highest discards it. Bid cards are spent. The last turn is played automatically
 * (everyone has one card left). Players see the point cards, their own bids and who won each turn
 * (the winner's id, or -3 for a tie, as OpenSpiel writes it), never the others' bids.
 *
 * <p>Parameters: {@code num_cards} (default 13), {@code players} (default 2), {@code points_order}
 * ({@code random}: chance reveals each point card, the default; {@code descending}; {@code
 * ascending}), {@code returns_type} ({@code win_loss}: +1/-1/0 shared among winners and losers, the
 * default; {@code point_difference}: points minus the mean; {@code total_points}, general-sum).
 */
public final class Goofspiel implements Game {

  /** Registry entry. */
  public static final GameSpec SPEC =
      new GameSpec(
          "goofspiel",
          "Goofspiel: simultaneous bids for point cards 1..K, imperfect information (Ross 1971)",
          List.of(
              new ParameterSpec("num_cards", 13, "cards per hand and point cards, 1 to 30"),
              new ParameterSpec("players", 2, "number of players, 2 to 10"),
              new ParameterSpec("points_order", "random", "random, descending or ascending"),
              new ParameterSpec(
                  "returns_type", "win_loss", "win_loss, point_difference or total_points")),
          Goofspiel::new);

  /** How the point cards are revealed. */
  enum PointsOrder {
    RANDOM,
    DESCENDING,
    ASCENDING
  }

  /** How final points turn into returns. */
  enum ReturnsType {
    WIN_LOSS,
    POINT_DIFFERENCE,
    TOTAL_POINTS
  }

  private final GameParameters parameters;
  private final int numCards;
  private final int players;
  private final PointsOrder pointsOrder;
  private final ReturnsType returnsType;
  private final GameType type;

  Goofspiel(GameParameters parameters) {
    this.parameters = parameters;
    this.numCards = parameters.getInt("num_cards");
    this.players = parameters.getInt("players");
    if (numCards < 1 || numCards > 30) {
      throw new IllegalArgumentException(
          "goofspiel: num_cards=" + numCards + " must be between 1 and 30");
    }
    if (players < 2 || players > 10) {
      throw new IllegalArgumentException(
          "goofspiel: players=" + players + " must be between 2 and 10");
    }
    this.pointsOrder = parseEnum(PointsOrder.class, "points_order", parameters);
    this.returnsType = parseEnum(ReturnsType.class, "returns_type", parameters);
    this.type =
        new GameType(
            "goofspiel",
            "Goofspiel",
            GameType.Dynamics.SIMULTANEOUS,
            pointsOrder == PointsOrder.RANDOM
                ? GameType.ChanceMode.EXPLICIT_STOCHASTIC
                : GameType.ChanceMode.DETERMINISTIC,
            GameType.Information.IMPERFECT,
            returnsType == ReturnsType.TOTAL_POINTS
                ? GameType.Utility.GENERAL_SUM
                : GameType.Utility.ZERO_SUM,
            GameType.RewardModel.TERMINAL,
            true,
            true,
            true);
  }

  private static <E extends Enum<E>> E parseEnum(
      Class<E> kind, String name, GameParameters parameters) {
    String value = parameters.getString(name);
    for (E e : kind.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : kind.getEnumConstants()) {
      allowed.append(allowed.isEmpty() ? "" : ", ").append(e.name().toLowerCase());
    }
    throw new IllegalArgumentException(
        "goofspiel: " + name + "=" + value + " is not one of " + allowed);
  }

  PointsOrder pointsOrder() {
    return pointsOrder;
  }

  ReturnsType returnsType() {
    return returnsType;
  }

  /** Cards in each hand and in the point deck. */
  public int numCards() {
    return numCards;
  }

  /** The sum of all point-card values, 1 + 2 + ... + K. */
  public int totalPoints() {
    return numCards * (numCards + 1) / 2;
  }

  @Override
  public GameType type() {
    return type;
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }

  @Override
  public int numPlayers() {
    return players;
  }

  @Override
  public int numDistinctActions() {
    return numCards;
  }

  @Override
  public int maxChanceOutcomes() {
    return pointsOrder == PointsOrder.RANDOM ? numCards : 0;
  }

  @Override
  public double minUtility() {
    return switch (returnsType) {
      case WIN_LOSS -> -1;
      case POINT_DIFFERENCE -> -(double) totalPoints() / players;
      case TOTAL_POINTS -> 0;
    };
  }

  @Override
  public double maxUtility() {
    return switch (returnsType) {
      case WIN_LOSS -> 1;
      case POINT_DIFFERENCE -> (double) totalPoints() * (players - 1) / players;
      case TOTAL_POINTS -> totalPoints();
    };
  }

  /** One joint move per turn. */
  @Override
  public int maxGameLength() {
    return numCards;
  }

  @Override
  public State newInitialState() {
    return new GoofspielState(this);
  }

  /**
   * As OpenSpiel ({@code imp_info=true}): each player's point total one-hot (observer first), own
   * hand, the winner of each turn one-hot, the point-card sequence, the observer's bid sequence.
   */
  @Override
  public int informationStateTensorSize() {
    return players * (totalPoints() + 1)
        + numCards
        + numCards * players
        + numCards * numCards
        + numCards * numCards;
  }

  /**
   * As OpenSpiel ({@code imp_info=true}): current point card, remaining point cards, point totals,
   * own hand, winner of each turn.
   */
  @Override
  public int observationTensorSize() {
    return numCards + numCards + players * (totalPoints() + 1) + numCards + numCards * players;
  }

  @Override
  public String toString() {
    return parameters.toString();
  }
}
