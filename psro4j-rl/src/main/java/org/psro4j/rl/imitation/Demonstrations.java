package org.psro4j.rl.imitation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.policy.Policy;
import org.psro4j.random.Sampling;

/**
 * A teacher's decisions, recorded from games it plays against given opponents: at each of its turns
 * the position (a copy), the seat, the legal actions and the teacher's probabilities over them (the
 * whole distribution, so a teacher that breaks ties at random is cloned as such).
 *
 * <p>Game {@code g} seats the teacher as player {@code g mod 2} against opponent {@code (g / 2) mod
 * n}; when the opponent is the teacher itself both seats are recorded.
 */
public final class Demonstrations {

  /** One recorded decision. */
  record Decision(State state, int player, int[] legal, double[] probabilities) {}

  private final List<Decision> decisions;
  private final int games;

  private Demonstrations(List<Decision> decisions, int games) {
    this.decisions = List.copyOf(decisions);
    this.games = games;
  }

  /**
   * Plays {@code games} two-player games of {@code teacher} against {@code opponents} (actions
   * sampled from each policy with one stream split from {@code seed}) and records the teacher's
   * decisions.
   */
  public static Demonstrations collect(
      Game game, Policy teacher, List<Policy> opponents, int games, long seed) {
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException("demonstrations need a two-player game, not " + game);
    }
    if (opponents.isEmpty() || games < 1) {
      throw new IllegalArgumentException("need at least one opponent and one game");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Decision> out = new ArrayList<>();
    for (int g = 0; g < games; g++) {
      int seat = g % 2;
      Policy opponent = opponents.get((g / 2) % opponents.size());
      Policy[] seats = new Policy[2];
      seats[seat] = teacher;
      seats[1 - seat] = opponent;
      State s = game.newInitialState();
      while (!s.isTerminal()) {
        if (s.isChanceNode()) {
          s.apply(Sampling.chance(s.chanceOutcomes(), random));
          continue;
        }
        int p = s.currentPlayer();
        int[] legal = s.legalActions(p);
        double[] probabilities = seats[p].actionProbabilities(s, p);
        if (seats[p] == teacher) {
          out.add(new Decision(s.copy(), p, legal.clone(), probabilities.clone()));
        }
        s.apply(legal[Sampling.index(probabilities, random)]);
      }
    }
    return new Demonstrations(out, games);
  }

  /** The recorded decisions, in play order. */
  List<Decision> decisions() {
    return decisions;
  }

  /** Decisions recorded. */
  public int size() {
    return decisions.size();
  }

  /** Games played. */
  public int games() {
    return games;
  }
}
