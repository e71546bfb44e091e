package org.psro4j.games.stratego;

import org.psro4j.game.State;
import org.psro4j.policy.Policy;

/**
 * A simple Barrage player that sees only what its seat may know (own ranks; the opponent's squares,
 * revealed ranks and which pieces have moved). Setup: {@link HeuristicSetup}. Play: scores each
 * legal move and picks uniformly among the best — take known weaker pieces and the Flag, never
 * attack a known stronger piece, probe unknown pieces with Scouts (unmoved ones with the Miner
 * too), keep the Marshal and General off unmoved pieces that may be bombs, hunt the known Marshal
 * with the Spy, step away from known threats, defend the squares near the own Flag, and otherwise
 * advance.
 */
public final class HeuristicBot implements Policy {

  private static final double TIE = 1e-9;

  @Override
  public double[] actionProbabilities(State state, int player) {
    if (!(state instanceof BarrageState s)) {
      throw new IllegalArgumentException(
          "the Barrage heuristic plays barrage_stratego, not " + state);
    }
    int[] legal = s.legalActions(player);
    double[] score = new double[legal.length];
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < legal.length; i++) {
      score[i] =
          s.inSetup() ? HeuristicSetup.score(s, player, legal[i]) : score(s, player, legal[i]);
      best = Math.max(best, score[i]);
    }
    double[] p = new double[legal.length];
    int ties = 0;
    for (int i = 0; i < legal.length; i++) {
      if (score[i] >= best - TIE) {
        p[i] = 1;
        ties++;
      }
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= ties;
    }
    return p;
  }

  static double value(Rank r) {
    return switch (r) {
      case FLAG -> 1000;
      case BOMB -> 1;
      case SPY -> 6;
      case SCOUT -> 2;
      case MINER -> 5;
      case GENERAL -> 9;
      case MARSHAL -> 10;
    };
  }

  private static double score(BarrageState s, int player, int action) {
    int from = Board.moveFrom(action);
    int to = Board.moveTo(action);
    Rank mine = BarrageState.rank(s.pieceAt(from));
    int forward = (to / Board.SIZE - from / Board.SIZE) * (player == 0 ? 1 : -1);
    double score = Math.signum(forward) * (mine == Rank.SCOUT ? 0.2 : 0.5);
    int target = s.pieceAt(to);
    if (target != BarrageState.NONE) {
      score += attack(s, mine, target);
      if (distanceToFlag(s, player, to) <= 3) {
        score += 15;
      }
      return score;
    }
    score += 10 * (threat(s, player, from, mine) - threat(s, player, to, mine));
    if (mine == Rank.SPY) {
      // The Spy stays by the Flag unless the enemy Marshal is known and within reach.
      score += nextToKnown(s, player, to, Rank.MARSHAL) ? 50 : -3;
    }
    return score;
  }

  private static double attack(BarrageState s, Rank mine, int target) {
    if (s.revealed[target]) {
      Rank theirs = BarrageState.rank(target);
      return switch (Combat.resolve(mine, theirs)) {
        case FLAG_CAPTURED -> 10_000;
        case ATTACKER_WINS -> 100 + value(theirs);
        case BOTH_REMOVED -> 5;
        case DEFENDER_WINS -> -100;
      };
    }
    boolean moved = s.moved[target];
    return switch (mine) {
      case SCOUT -> moved ? 12 : 15;
      case MINER -> moved ? -2 : 10;
      case MARSHAL -> moved ? 8 : -20;
      case GENERAL -> moved ? 5 : -20;
      default -> -50;
    };
  }

  /** 1 if a known stronger enemy piece stands next to {@code sq} (or any unknown, for the Spy). */
  private static int threat(BarrageState s, int player, int sq, Rank mine) {
    for (int dir = 0; dir < 4; dir++) {
      int n = Board.step(sq, dir, 1);
      if (n < 0) {
        continue;
      }
      int other = s.pieceAt(n);
      if (other == BarrageState.NONE || BarrageState.owner(other) == player) {
        continue;
      }
      if (s.revealed[other]) {
        Combat c = Combat.resolve(BarrageState.rank(other), mine);
        if (BarrageState.rank(other).movable() && c == Combat.ATTACKER_WINS) {
          return 1;
        }
      } else if (mine == Rank.SPY && s.moved[other]) {
        return 1;
      }
    }
    return 0;
  }

  private static boolean nextToKnown(BarrageState s, int player, int sq, Rank rank) {
    for (int dir = 0; dir < 4; dir++) {
      int n = Board.step(sq, dir, 1);
      int other = n < 0 ? BarrageState.NONE : s.pieceAt(n);
      if (other != BarrageState.NONE
          && BarrageState.owner(other) != player
          && s.revealed[other]
          && BarrageState.rank(other) == rank) {
        return true;
      }
    }
    return false;
  }

  private static int distanceToFlag(BarrageState s, int player, int sq) {
    int flag = s.square[player * BarrageState.PER_SIDE];
    if (flag == BarrageState.NONE) {
      return Integer.MAX_VALUE;
    }
    return Math.abs(flag / Board.SIZE - sq / Board.SIZE)
        + Math.abs(flag % Board.SIZE - sq % Board.SIZE);
  }

  @Override
  public String toString() {
    return "heuristic";
  }
}
