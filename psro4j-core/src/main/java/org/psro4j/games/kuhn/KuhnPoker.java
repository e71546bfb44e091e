package org.psro4j.games.kuhn;

import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameSpec;
import org.psro4j.game.GameType;
import org.psro4j.game.ParameterSpec;
import org.psro4j.game.State;

/**
 * Kuhn poker (Kuhn 1950; n-player form as in OpenSpiel's {@code kuhn_poker}): a deck of n+1 cards,
 * one dealt to each player, ante 1. Players act in turn with pass (0) or bet (1); once someone
 * bets, every other player in turn calls (bet) or folds (pass) once. The highest card among those
 * still in wins the pot.
 *
 * <p>Parameters: {@code players} (default 2).
 */
public final class KuhnPoker implements Game {

  /** Registry entry. */
  public static final GameSpec SPEC =
      new GameSpec(
          "kuhn_poker",
          "Kuhn poker: n+1 cards, ante 1, one bet round (Kuhn 1950)",
          List.of(new ParameterSpec("players", 2, "number of players, at least 2")),
          KuhnPoker::new);

  /** Action: check, or fold when facing a bet. */
  public static final int PASS = 0;

  /** Action: bet, or call when facing a bet. */
  public static final int BET = 1;

  private static final GameType TYPE =
      new GameType(
          "kuhn_poker",
          "Kuhn Poker",
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

  KuhnPoker(GameParameters parameters) {
    this.parameters = parameters;
    this.players = parameters.getInt("players");
    if (players < 2) {
      throw new IllegalArgumentException("kuhn_poker: players=" + players + " must be at least 2");
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

  @Override
  public int numDistinctActions() {
    return 2;
  }

  @Override
  public int maxChanceOutcomes() {
    return players + 1;
  }

  @Override
  public double minUtility() {
    return -2;
  }

  @Override
  public double maxUtility() {
    return 2.0 * (players - 1);
  }

  @Override
  public int maxGameLength() {
    return 2 * players - 1;
  }

  @Override
  public State newInitialState() {
    return new KuhnState(this);
  }

  /** Player one-hot, card one-hot, then two bits (pass, bet) per possible action. */
  @Override
  public int informationStateTensorSize() {
    return players + (players + 1) + 2 * (2 * players - 1);
  }

  /** Player one-hot, card one-hot, then each player's contribution to the pot. */
  @Override
  public int observationTensorSize() {
    return players + (players + 1) + players;
  }

  @Override
  public String toString() {
    return parameters.toString();
  }
}
