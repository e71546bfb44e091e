package org.psro4j.games.leduc;

import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameSpec;
import org.psro4j.game.GameType;
import org.psro4j.game.ParameterSpec;
import org.psro4j.game.State;

/**
 * Leduc hold'em (Southey et al., "Bayes' Bluff: Opponent Modelling in Poker", UAI 2005), with the
 * rules and n-player generalisation of OpenSpiel's {@code leduc_poker}.
 *
 * <p>The deck holds two suits of n+1 ranks (6 cards for 2 players; card c has rank c/2). Each
 * player antes 1 and receives one private card. Two betting rounds follow, with a public card dealt
 * between them; raises are 2 in the first round and 4 in the second, at most two per round.
 * Actions: {@link #FOLD} (legal only when facing a bet), {@link #CALL} (check or call), {@link
 * #RAISE}. Player 0 opens both rounds (or the first player still in). At the showdown a private
 * card pairing the public card wins, otherwise the higher private rank; tied players split the pot.
 *
 * <p>Parameters: {@code players} (default 2, at most 10).
 */
public final class LeducPoker implements Game {

  /** Registry entry. */
  public static final GameSpec SPEC =
      new GameSpec(
          "leduc_poker",
          "Leduc poker: 2 suits x (n+1) ranks, ante 1, raises 2 then 4 (Southey et al. 2005)",
          List.of(new ParameterSpec("players", 2, "number of players, 2 to 10")),
          LeducPoker::new);

  /** Action: give up the pot; legal only when facing a bet. */
  public static final int FOLD = 0;

  /** Action: match the current bet (a check when there is none). */
  public static final int CALL = 1;

  /** Action: match the current bet and raise it by 2 (first round) or 4 (second round). */
  public static final int RAISE = 2;

  /** Chips each player holds before the ante; only shown in information-state strings. */
  static final int STARTING_MONEY = 100;

  /** Raise size in the first round. */
  static final int FIRST_RAISE = 2;

  /** Raise size in the second round. */
  static final int SECOND_RAISE = 4;

  /** Most raises in one round. */
  static final int MAX_RAISES = 2;

  private static final int MAX_PLAYERS = 10;

  private static final GameType TYPE =
      new GameType(
          "leduc_poker",
          "Leduc Poker",
          GameType.Dynamics.SEQUENTIAL,
          GameType.ChanceMode.EXPLICIT_STOCHASTIC,
          GameType.Information.IMPERFECT,
          GameType.Utility.ZERO_SUM,
          GameType.RewardModel.TERMINAL,
          true,
          true,
          true);

  private final GameParameters parameters;
  private final int players;

  LeducPoker(GameParameters parameters) {
    this.parameters = parameters;
    this.players = parameters.getInt("players");
    if (players < 2 || players > MAX_PLAYERS) {
      throw new IllegalArgumentException(
          "leduc_poker: players=" + players + " must be between 2 and " + MAX_PLAYERS);
    }
  }

  @Override
  public GameType type() {
    return TYPE;
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }

  @Override
  public int numPlayers() {
    return players;
  }

  /** Cards in the deck: two suits of {@code players + 1} ranks. */
  public int numCards() {
    return 2 * (players + 1);
  }

  /** The most actions in one betting round: {@code 3 * players - 2}. */
  public int maxBetsPerRound() {
    return 3 * players - 2;
  }

  @Override
  public int numDistinctActions() {
    return 3;
  }

  @Override
  public int maxChanceOutcomes() {
    return numCards();
  }

  /** A player loses at most the ante plus two raises in each round: 1 + 2*2 + 2*4 = 13. */
  @Override
  public double minUtility() {
    return -(1 + MAX_RAISES * FIRST_RAISE + MAX_RAISES * SECOND_RAISE);
  }

  /** A player wins at most 13 from each opponent. */
  @Override
  public double maxUtility() {
    return (players - 1) * -minUtility();
  }

  @Override
  public int maxGameLength() {
    return 2 * maxBetsPerRound();
  }

  @Override
  public State newInitialState() {
    return new LeducState(this);
  }

  /**
   * As OpenSpiel: observer one-hot (n), private card one-hot, public card one-hot, then per round
   * and bet slot two bits (call, raise).
   */
  @Override
  public int informationStateTensorSize() {
    return players + 2 * numCards() + 2 * maxGameLength();
  }

  /** As OpenSpiel: observer one-hot, private card, public card, each player's pot contribution. */
  @Override
  public int observationTensorSize() {
    return players + 2 * numCards() + players;
  }

  @Override
  public String toString() {
    return parameters.toString();
  }
}
