package org.psro4j.game;

/**
 * A state of a {@link TeamView}: the underlying state of seats, with each team acting, observing
 * and scoring as one player (its seats' views side by side, the mean of its seats' returns).
 */
public final class TeamViewState implements State {

  private final TeamView view;
  private final State seats;

  TeamViewState(TeamView view, State seats) {
    this.view = view;
    this.seats = seats;
  }

  /** The state of seats behind this one (a policy for one seat is asked here). */
  public State seatState() {
    return seats;
  }

  @Override
  public Game game() {
    return view;
  }

  @Override
  public int currentPlayer() {
    int p = seats.currentPlayer();
    if (p >= 0) {
      throw new IllegalStateException(
          "team_view: seat "
              + p
              + " moves alone in "
              + seats
              + "; team moves must be simultaneous");
    }
    return p;
  }

  @Override
  public int[] legalActions(int team) {
    if (team < 0 || team >= view.numPlayers()) {
      return new int[0];
    }
    int[] members = view.seats(team);
    int[][] lists = new int[members.length][];
    int[] sizes = new int[members.length];
    for (int i = 0; i < members.length; i++) {
      lists[i] = seats.legalActions(members[i]);
      sizes[i] = lists[i].length;
    }
    // Every combination of the seats' legal actions, in the order of their joint indices.
    int[] out = new int[JointActions.count(sizes)];
    int[] pick = new int[members.length];
    for (int j = 0; j < out.length; j++) {
      int[] which = JointActions.actions(j, sizes);
      for (int i = 0; i < members.length; i++) {
        pick[i] = lists[i][which[i]];
      }
      out[j] = view.jointAction(pick);
    }
    return out;
  }

  @Override
  public ChanceOutcome[] chanceOutcomes() {
    return seats.chanceOutcomes();
  }

  @Override
  public void apply(int action) {
    if (!seats.isChanceNode()) {
      throw new IllegalStateException("team moves are simultaneous: use apply(int[]) in " + this);
    }
    seats.apply(action);
  }

  @Override
  public void apply(int[] jointAction) {
    if (jointAction.length != view.numPlayers()) {
      throw new IllegalArgumentException(
          "joint action of "
              + jointAction.length
              + " teams; "
              + view
              + " has "
              + view.numPlayers());
    }
    int[] perSeat = new int[view.seatGame().numPlayers()];
    for (int t = 0; t < jointAction.length; t++) {
      int[] members = view.seats(t);
      int[] actions = view.seatActions(jointAction[t]);
      for (int i = 0; i < members.length; i++) {
        perSeat[members[i]] = actions[i];
      }
    }
    seats.apply(perSeat);
  }

  @Override
  public State copy() {
    return new TeamViewState(view, seats.copy());
  }

  @Override
  public double[] returns() {
    return teamMeans(seats.returns());
  }

  @Override
  public double[] rewards() {
    return teamMeans(seats.rewards());
  }

  private double[] teamMeans(double[] perSeat) {
    double[] out = new double[view.numPlayers()];
    for (int t = 0; t < out.length; t++) {
      int[] members = view.seats(t);
      for (int s : members) {
        out[t] += perSeat[s];
      }
      out[t] /= members.length;
    }
    return out;
  }

  @Override
  public String informationStateString(int team) {
    StringBuilder b = new StringBuilder();
    for (int s : view.seats(team)) {
      b.append("seat ").append(s).append(": ").append(seats.informationStateString(s)).append('\n');
    }
    return b.toString();
  }

  @Override
  public String observationString(int team) {
    StringBuilder b = new StringBuilder();
    for (int s : view.seats(team)) {
      b.append("seat ").append(s).append(": ").append(seats.observationString(s)).append('\n');
    }
    return b.toString();
  }

  @Override
  public void informationStateTensor(int team, float[] out, int offset) {
    int size = view.seatGame().informationStateTensorSize();
    int[] members = view.seats(team);
    for (int i = 0; i < members.length; i++) {
      seats.informationStateTensor(members[i], out, offset + i * size);
    }
  }

  @Override
  public void observationTensor(int team, float[] out, int offset) {
    int size = view.seatGame().observationTensorSize();
    int[] members = view.seats(team);
    for (int i = 0; i < members.length; i++) {
      seats.observationTensor(members[i], out, offset + i * size);
    }
  }

  @Override
  public String actionToString(int team, int action) {
    int[] members = view.seats(team);
    int[] actions = view.seatActions(action);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < members.length; i++) {
      b.append(i == 0 ? "" : " ").append(seats.actionToString(members[i], actions[i]));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return seats.toString();
  }
}
