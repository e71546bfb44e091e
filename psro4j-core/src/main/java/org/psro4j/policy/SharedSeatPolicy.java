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
    TeamViewState s = teamState(state);
    State seats = s.seatState();
    int[] members = ((TeamView) s.game()).seats(team);
    double[][] per = new double[members.length][];
    for (int i = 0; i < members.length; i++) {
      per[i] = seatPolicy.actionProbabilities(seats, members[i]);
    }
    return joint(per);
  }

  /**
   * One episode handle of the seat policy per seat of the team (opened at the team's first
   * decision), so a seat policy with memory (a recurrent network) remembers each seat's own view.
   */
  @Override
  public EpisodePolicy newEpisode(int team) {
    EpisodePolicy[][] handles = new EpisodePolicy[1][];
    return state -> {
      TeamViewState s = teamState(state);
      int[] members = ((TeamView) s.game()).seats(team);
      if (handles[0] == null) {
        handles[0] = new EpisodePolicy[members.length];
        for (int i = 0; i < members.length; i++) {
          handles[0][i] = seatPolicy.newEpisode(members[i]);
        }
      }
      double[][] per = new double[members.length][];
      for (int i = 0; i < members.length; i++) {
        per[i] = handles[0][i].actionProbabilities(s.seatState());
      }
      return joint(per);
    };
  }

  private static TeamViewState teamState(State state) {
    if (!(state instanceof TeamViewState s)) {
      throw new IllegalArgumentException(
          "a shared seat policy plays a team_view game, not " + state.game());
    }
    return s;
  }

  /** The product distribution of the seats' distributions {@code per}. */
  private static double[] joint(double[][] per) {
    int count = 1;
    for (double[] p : per) {
      count *= p.length;
    }
    // The same order as TeamViewState.legalActions: the last seat varies fastest.
    double[] out = new double[count];
    for (int j = 0; j < count; j++) {
      int rest = j;
      double p = 1;
      for (int i = per.length - 1; i >= 0; i--) {
        p *= per[i][rest % per[i].length];
        rest /= per[i].length;
      }
      out[j] = p;
    }
    return out;
  }
}
