package org.psro4j.cli.stratego;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.psro4j.game.State;
import org.psro4j.games.stratego.BarragePosition;
import org.psro4j.games.stratego.BarrageStratego;
import org.psro4j.policy.EpisodePolicy;
import org.psro4j.policy.Policy;
import org.psro4j.random.Sampling;

/**
 * One {@code barrage_stratego} game as it was played: who played each side, the seed of their
 * draws, every action in order (16 placements, then the moves) and the final state; {@link #replay}
 * rebuilds any position from the actions alone.
 *
 * @param game the game played
 * @param players the name of player 0's and of player 1's policy
 * @param seed the seed of the policies' action draws
 * @param actions every action of the game, placements first
 * @param end the final state as the game reached it
 */
record BarrageGameRecord(
    BarrageStratego game, List<String> players, long seed, List<Integer> actions, State end) {

  BarrageGameRecord {
    Objects.requireNonNull(game, "game");
    players = List.copyOf(players);
    actions = List.copyOf(actions);
    end = end.copy();
  }

  /** A copy of the final state (the record stays as played). */
  @Override
  public State end() {
    return end.copy();
  }

  /**
   * Plays one game of {@code profile[0]} against {@code profile[1]}, every action drawn from {@code
   * new SplittableRandom(seed)} in turn.
   */
  static BarrageGameRecord play(
      BarrageStratego game, Policy[] profile, List<String> players, long seed) {
    EpisodePolicy[] handles = {profile[0].newEpisode(0), profile[1].newEpisode(1)};
    SplittableRandom rng = new SplittableRandom(seed);
    State s = game.newInitialState();
    List<Integer> actions = new ArrayList<>();
    while (!s.isTerminal()) {
      int p = s.currentPlayer();
      int action = s.legalActions(p)[Sampling.index(handles[p].actionProbabilities(s), rng)];
      actions.add(action);
      s.apply(action);
    }
    return new BarrageGameRecord(game, players, seed, actions, s);
  }

  /** The position after the first {@code count} actions, replayed from the initial state. */
  State replay(int count) {
    if (count < 0 || count > actions.size()) {
      throw new IllegalArgumentException(
          "count " + count + " is not between 0 and " + actions.size());
    }
    State s = game.newInitialState();
    for (int i = 0; i < count; i++) {
      s.apply(actions.get(i));
    }
    return s;
  }

  /**
   * One move of the game: its number (1 for the first after the setup), the mover, its start and
   * target squares, and for an attack the defending piece and which of the two fell.
   *
   * @param number the move's number, from 1
   * @param player the mover
   * @param from {row, col} of the start
   * @param to {row, col} of the target
   * @param attacker the moving piece (see {@link BarragePosition})
   * @param defender the attacked piece, or -1 for a move onto an empty square
   * @param attackerFell whether the attacker was removed
   * @param defenderFell whether the defender was removed (or its Flag taken)
   */
  record Move(
      int number,
      int player,
      int[] from,
      int[] to,
      int attacker,
      int defender,
      boolean attackerFell,
      boolean defenderFell) {

    /** Whether the move attacked a piece. */
    boolean isAttack() {
      return defender >= 0;
    }
  }

  /** Every move after the setup, replayed, with its combat's outcome. */
  List<Move> trace() {
    State s = replay(Math.min(BarrageStratego.SETUP_MOVES, actions.size()));
    List<Move> out = new ArrayList<>();
    for (int i = BarrageStratego.SETUP_MOVES; i < actions.size(); i++) {
      int action = actions.get(i);
      int[] squares = BarragePosition.moveSquares(action);
      BarragePosition before = BarragePosition.of(s);
      s.apply(action);
      BarragePosition after = BarragePosition.of(s);
      int attacker = before.pieceAt(squares[0], squares[1]);
      int defender = before.pieceAt(squares[2], squares[3]);
      out.add(
          new Move(
              i - BarrageStratego.SETUP_MOVES + 1,
              BarragePosition.owner(attacker),
              new int[] {squares[0], squares[1]},
              new int[] {squares[2], squares[3]},
              attacker,
              defender,
              after.captured(attacker),
              defender >= 0 && after.captured(defender)));
    }
    return out;
  }

  /** Moves played after the setup. */
  int moves() {
    return Math.max(0, actions.size() - BarrageStratego.SETUP_MOVES);
  }

  /** The final position, every rank shown. */
  BarragePosition endPosition() {
    return BarragePosition.of(end);
  }

  /**
   * The result in words, {@code "player 0 wins"}, {@code "player 1 wins"} or {@code "draw"}, from
   * the rules' outcome (a shaped game's returns also hold training rewards).
   */
  String result() {
    int winner = endPosition().winner();
    return winner < 0 ? "draw" : "player " + winner + " wins";
  }
}
