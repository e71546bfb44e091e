package org.psro4j.games.ctf;

import java.util.ArrayList;
import java.util.List;

/**
 * One player's history in {@link CaptureTheFlag}: its actions and the observation keys that
 * followed, newest first. Immutable and shared, so copying a state copies only the newest node.
 */
final class CtfHistory {

  private final int action;
  private final String observation;
  private final CtfHistory previous;
  final int lastAction;

  private CtfHistory(int action, String observation, CtfHistory previous) {
    this.action = action;
    this.observation = observation;
    this.previous = previous;
    this.lastAction = action;
  }

  /** The history before any move: the opening observation. */
  static CtfHistory start(String observation) {
    return new CtfHistory(-1, observation, null);
  }

  /** This history followed by {@code action} and the observation after it. */
  CtfHistory then(int action, String observation) {
    return new CtfHistory(action, observation, this);
  }

  /** The whole history as one string, oldest first: the player's information state. */
  String describe(int player) {
    List<CtfHistory> nodes = new ArrayList<>();
    for (CtfHistory h = this; h != null; h = h.previous) {
      nodes.add(h);
    }
    StringBuilder out = new StringBuilder("player ").append(player);
    for (int i = nodes.size() - 1; i >= 0; i--) {
      CtfHistory h = nodes.get(i);
      if (h.action >= 0) {
        out.append('\n').append(CtfState.ACTION_NAMES[h.action]);
      }
      out.append('\n').append(h.observation);
    }
    return out.toString();
  }
}
