package org.psro4j.policy;

import java.util.Objects;
import org.psro4j.game.State;
import org.psro4j.game.TeamView;
import org.psro4j.game.TeamViewState;

/**
 * A team's policy in a {@link TeamView}: one seat policy plays every seat of the team, each seat
 * acting on its own view (parameter sharing, as in NeuPL, Liu et al., ICLR 2022); the team's joint
 * action distribution is the product of its seats' distributions. The seat policy is asked at the
 * state of seats, so a policy of the underlying game plays there unchanged.
 *
 * @param seatPolicy the policy every seat of the team plays
 */
public record SharedSeatPolicy(Policy seatPolicy) implements Policy {

  public SharedSeatPolicy {
    Objects.requireNonNull(seatPolicy, "seatPolicy");
    if (seatPolicy instanceof SharedSeatPolicy) {
      throw new IllegalArgumentException("a shared seat policy cannot wrap another one");
    }
  }

  @Override
  public double[] actionProbabilities(State state, int team) {
    if (!(state instanceof TeamViewState s)) {
      throw new IllegalArgumentException(
          "a shared seat policy plays a team_view game, not " + state.game());
    }
    TeamView view = (TeamView) s.game();
    State seats = s.seatState();
    int[] members = view.seats(team);
    double[][] per = new double[members.length][];
    int count = 1;
    for (int i = 0; i < members.length; i++) {
      per[i] = seatPolicy.actionProbabilities(seats, members[i]);
      count *= per[i].length;
    }
    // The same order as TeamViewState.legalActions: the last seat varies fastest.
    double[] out = new double[count];
    for (int j = 0; j < count; j++) {
      int rest = j;
      double p = 1;
      for (int i = members.length - 1; i >= 0; i--) {
        p *= per[i][rest % per[i].length];
        rest /= per[i].length;
      }
      out[j] = p;
    }
    return out;
  }
}
