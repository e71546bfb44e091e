package org.psro4j.game;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A simultaneous-move game played one player at a time, after OpenSpiel's {@code
 * turn_based_simultaneous_game}: at each simultaneous node of the underlying game, players 0..n-1
 * choose in turn, and the joint action is applied once the last one has chosen. A player's
 * information state never shows the choices made before its own in the same round, so the
 * sequential game has the same strategies and equilibria as the simultaneous one. Chance nodes,
 * sequential nodes and terminals pass through unchanged.
 *
 * <p>At its own turn a player's information-state string, tensors and legal actions are exactly
 * those of the underlying game, so a policy computed on the turn-based game plays the simultaneous
 * game as is. Every player must have a legal action at every simultaneous node.
 *
 * <p>Exact algorithms that walk trees call {@link #sequential(Game)}. Registered as {@code
 * turn_based_simultaneous_game(game=goofspiel(num_cards=4))}.
 */
public final class TurnBasedSimultaneousGame implements Game {

  /** Registry entry; the {@code game} parameter is any game string. */
  public static final GameSpec SPEC =
      new GameSpec(
          "turn_based_simultaneous_game",
          "a simultaneous-move game played in turns, earlier choices hidden (as OpenSpiel)",
          List.of(
              new ParameterSpec(
                  "game", "goofspiel(num_cards=4)", "the simultaneous-move game to play in turns")),
          parameters -> new TurnBasedSimultaneousGame(Games.load(parameters.getString("game"))));

  private final Game underlying;
  private final GameParameters parameters;
  private final GameType type;

  private TurnBasedSimultaneousGame(Game underlying) {
    this.underlying = Objects.requireNonNull(underlying, "underlying");
    if (underlying.hasContinuousActions()) {
      throw new IllegalArgumentException(
          "turn_based_simultaneous_game cannot wrap "
              + underlying
              + ": its actions are continuous vectors, not indices");
    }
    this.parameters = new GameParameters(SPEC.name(), Map.of("game", underlying.toString()));
    GameType t = underlying.type();
    this.type =
        new GameType(
            SPEC.name(),
            "Turn-based " + t.longName(),
            GameType.Dynamics.SEQUENTIAL,
            t.chance(),
            GameType.Information.IMPERFECT,
            t.utility(),
            t.rewardModel(),
            t.providesInformationStateString(),
            t.providesInformationStateTensor(),
            t.providesObservationTensor());
  }

  /**
   * {@code game} itself if its moves are sequential, else its turn-based form; tree-walking
   * algorithms call this before walking.
   */
  public static Game sequential(Game game) {
    Objects.requireNonNull(game, "game");
    return game.type().dynamics() == GameType.Dynamics.SEQUENTIAL
        ? game
        : new TurnBasedSimultaneousGame(game);
  }

  /**
   * The simultaneous-move state inside a turn-based one (any other state unchanged). A player's
   * view on its turn is the same in both, so a policy written for the simultaneous game can be
   * asked at the underlying state.
   */
  public static State underlyingState(State state) {
    return state instanceof TurnBasedSimultaneousState t ? t.underlying() : state;
  }

  /** The simultaneous-move game being played in turns. */
  public Game underlying() {
    return underlying;
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
    return underlying.numPlayers();
  }

  @Override
  public int numDistinctActions() {
    return underlying.numDistinctActions();
  }

  @Override
  public int maxChanceOutcomes() {
    return underlying.maxChanceOutcomes();
  }

  @Override
  public double minUtility() {
    return underlying.minUtility();
  }

  @Override
  public double maxUtility() {
    return underlying.maxUtility();
  }

  @Override
  public double utilitySum() {
    return underlying.utilitySum();
  }

  /** Each simultaneous move becomes one move per player. */
  @Override
  public int maxGameLength() {
    return underlying.maxGameLength() * underlying.numPlayers();
  }

  @Override
  public State newInitialState() {
    return new TurnBasedSimultaneousState(this, underlying.newInitialState());
  }

  @Override
  public int informationStateTensorSize() {
    return underlying.informationStateTensorSize();
  }

  @Override
  public int observationTensorSize() {
    return underlying.observationTensorSize();
  }

  @Override
  public String toString() {
    return parameters.toString();
  }
}
