package org.psro4j.rl.nn;

import java.util.ArrayList;
import java.util.List;
import org.psro4j.game.State;

/**
 * A player's own observation sequence up to a state: the tensors the player saw at each of its
 * decisions, found by replaying the state's {@link State#history()} from the initial state, the
 * current state last. In a game with perfect recall whose observations are functions of the
 * information state, it depends on the information state only, so a recurrent policy fed it is a
 * well-defined behaviour policy that exact evaluation can tabulate.
 */
public final class ObservationHistory {

  private ObservationHistory() {}

  /** The tensors {@code player} saw at its decisions before {@code state}, then at it. */
  public static List<float[]> of(State state, int player, ObservationSpec spec) {
    List<float[]> out = new ArrayList<>();
    State replay = state.game().newInitialState();
    for (int action : state.history()) {
      if (!replay.isChanceNode() && replay.currentPlayer() == player) {
        float[] obs = new float[spec.size()];
        spec.write(replay, player, obs, 0);
        out.add(obs);
      }
      replay.apply(action);
    }
    float[] now = new float[spec.size()];
    spec.write(state, player, now, 0);
    out.add(now);
    return out;
  }
}
