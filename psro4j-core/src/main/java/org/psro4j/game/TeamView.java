package org.psro4j.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link TeamGame} seen as a game of its teams: player {@code t} is team {@code t}, acting for
 * every seat of the team at once with one joint action (the seats' actions in seat order, the first
 * seat the most significant digit in base {@code numDistinctActions}); its tensors are its seats'
 * tensors side by side and its return is the mean of its seats' returns. This is the meta-game view
 * of team PSRO: each team is one meta-player, its strategies policies played by every seat (see
 * {@code SharedSeatPolicy}). Registered as {@code team_view(game=capture_the_flag(size=7))}; the
 * underlying game must have simultaneous moves (or chance) and teams of equal size.
 */
public final class TeamView implements Game {

  /** Registry entry; the {@code game} parameter is any team game string. */
  public static final GameSpec SPEC =
      new GameSpec(
          "team_view",
          "a team game as a game of its teams: a team is one player acting for all its seats",
          List.of(
              new ParameterSpec(
                  "game", "capture_the_flag(size=7,horizon=20)", "the team game to view")),
          parameters -> of(Games.load(parameters.getString("game"))));

  private final TeamGame seats;
  private final int[][] teamSeats;
  private final int[] seatActionCounts;
  private final int jointActions;
  private final GameParameters parameters;
  private final GameType type;

  private TeamView(TeamGame seats) {
    this.seats = seats;
    if (seats.hasContinuousActions()) {
      throw new IllegalArgumentException(
          "team_view cannot wrap " + seats + ": its actions are continuous vectors");
    }
    if (seats.type().dynamics() != GameType.Dynamics.SIMULTANEOUS) {
      throw new IllegalArgumentException(
          "team_view needs a game with simultaneous moves; " + seats + " is sequential");
    }
    int teams = seats.numTeams();
    List<List<Integer>> members = new ArrayList<>();
    for (int t = 0; t < teams; t++) {
      members.add(new ArrayList<>());
    }
    for (int p = 0; p < seats.numPlayers(); p++) {
      members.get(seats.teamOf(p)).add(p);
    }
    this.teamSeats = new int[teams][];
    for (int t = 0; t < teams; t++) {
      teamSeats[t] = members.get(t).stream().mapToInt(Integer::intValue).toArray();
      if (teamSeats[t].length != teamSeats[0].length || teamSeats[t].length == 0) {
        throw new IllegalArgumentException(
            "team_view needs teams of equal size; " + seats + " has " + members);
      }
    }
    this.seatActionCounts = new int[teamSeats[0].length];
    Arrays.fill(seatActionCounts, seats.numDistinctActions());
    try {
      this.jointActions = JointActions.count(seatActionCounts);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("team_view of " + seats + ": too many joint team actions");
    }
    this.parameters = new GameParameters(SPEC.name(), Map.of("game", seats.toString()));
    GameType t = seats.type();
    this.type =
        new GameType(
            SPEC.name(),
            "Team view of " + t.longName(),
            GameType.Dynamics.SIMULTANEOUS,
            t.chance(),
            t.information(),
            t.utility(),
            t.rewardModel(),
            t.providesInformationStateString(),
            t.providesInformationStateTensor(),
            t.providesObservationTensor());
  }

  /** The team view of {@code game}, which must be a {@link TeamGame} (a view is kept as it is). */
  public static TeamView of(Game game) {
    Objects.requireNonNull(game, "game");
    if (game instanceof TeamView view) {
      return view;
    }
    if (!(game instanceof TeamGame teams)) {
      throw new IllegalArgumentException(
          game + " has no teams (team play needs a team game such as capture_the_flag)");
    }
    return new TeamView(teams);
  }

  /** The game of seats behind the view. */
  public TeamGame seatGame() {
    return seats;
  }

  /** The seats of team {@code team}, increasing. */
  public int[] seats(int team) {
    return teamSeats[team].clone();
  }

  /** Seats per team. */
  public int teamSize() {
    return teamSeats[0].length;
  }

  /** The seat actions of {@code team}'s joint action {@code action}, in seat order. */
  public int[] seatActions(int action) {
    return JointActions.actions(action, seatActionCounts);
  }

  /** The joint action of a team whose seats play {@code seatActions} (in seat order). */
  public int jointAction(int[] seatActions) {
    return JointActions.index(seatActions, seatActionCounts);
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
    return teamSeats.length;
  }

  @Override
  public int numDistinctActions() {
    return jointActions;
  }

  @Override
  public int maxChanceOutcomes() {
    return seats.maxChanceOutcomes();
  }

  @Override
  public double minUtility() {
    return seats.minUtility();
  }

  @Override
  public double maxUtility() {
    return seats.maxUtility();
  }

  @Override
  public double utilitySum() {
    return seats.utilitySum() * numPlayers() / seats.numPlayers();
  }

  @Override
  public int maxGameLength() {
    return seats.maxGameLength();
  }

  @Override
  public State newInitialState() {
    return new TeamViewState(this, seats.newInitialState());
  }

  @Override
  public int informationStateTensorSize() {
    return teamSize() * seats.informationStateTensorSize();
  }

  @Override
  public int observationTensorSize() {
    return teamSize() * seats.observationTensorSize();
  }

  @Override
  public String toString() {
    return parameters.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TeamView v && v.seats.toString().equals(seats.toString());
  }

  @Override
  public int hashCode() {
    return seats.toString().hashCode();
  }
}
