package org.psro4j.play;

import java.util.SplittableRandom;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.policy.ContinuousPolicy;
import org.psro4j.policy.EpisodePolicy;
import org.psro4j.policy.Policy;
import org.psro4j.random.Sampling;

/**
 * Plays one episode of a profile to the end: chance and indexed actions drawn from the policies'
 * probabilities (each policy asked through its {@link Policy#newEpisode} handle, opened at the
 * start of the episode), and at a {@link ContinuousState} node each acting player's {@link
 * ContinuousPolicy} samples its vector from {@code random}, so an episode is a function of the
 * seed. Moves count once per acting player, as the RL rollouts count environment steps.
 */
public final class Episodes {

  private Episodes() {}

  /** Plays one episode and returns the final returns. */
  public static double[] play(Game game, Policy[] profile, SplittableRandom random) {
    return play(game, profile, random, new long[1]);
  }

  /**
   * As {@link #play(Game, Policy[], SplittableRandom)}, adding the moves made to {@code moves[0]}.
   */
  public static double[] play(Game game, Policy[] profile, SplittableRandom random, long[] moves) {
    if (game.hasContinuousActions()) {
      requireContinuous(game, profile);
    }
    EpisodePolicy[] handles = new EpisodePolicy[profile.length];
    for (int p = 0; p < profile.length; p++) {
      handles[p] = profile[p] == null ? null : profile[p].newEpisode(p);
    }
    State s = game.newInitialState();
    while (!s.isTerminal()) {
      if (s.isChanceNode()) {
        s.apply(Sampling.chance(s.chanceOutcomes(), random));
        continue;
      }
      if (s instanceof ContinuousState cs && actsContinuously(cs)) {
        if (cs.isSimultaneousNode()) {
          double[][] joint = new double[game.numPlayers()][];
          for (int p = 0; p < joint.length; p++) {
            if (cs.actsContinuously(p)) {
              joint[p] = ((ContinuousPolicy) profile[p]).sampleAction(cs, p, random);
              moves[0]++;
            } else {
              joint[p] = new double[0];
            }
          }
          cs.applyContinuous(joint);
        } else {
          int p = cs.currentPlayer();
          cs.applyContinuous(((ContinuousPolicy) profile[p]).sampleAction(cs, p, random));
          moves[0]++;
        }
      } else if (s.isSimultaneousNode()) {
        int[] joint = new int[game.numPlayers()];
        for (int p = 0; p < joint.length; p++) {
          joint[p] = s.legalActions(p)[Sampling.index(handles[p].actionProbabilities(s), random)];
          moves[0]++;
        }
        s.apply(joint);
      } else {
        moves[0]++;
        int p = s.currentPlayer();
        s.apply(s.legalActions(p)[Sampling.index(handles[p].actionProbabilities(s), random)]);
      }
    }
    return s.returns();
  }

  /** Whether the mover, or any player at a simultaneous node, chooses a vector. */
  private static boolean actsContinuously(ContinuousState s) {
    if (!s.isSimultaneousNode()) {
      return s.actsContinuously(s.currentPlayer());
    }
    for (int p = 0; p < s.game().numPlayers(); p++) {
      if (s.actsContinuously(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Fails, naming the player and the policy, when a policy that cannot sample vectors is asked to
   * play a game with continuous actions.
   */
  public static void requireContinuous(Game game, Policy[] profile) {
    for (int p = 0; p < profile.length; p++) {
      if (!(profile[p] instanceof ContinuousPolicy)) {
        throw new IllegalArgumentException(
            game
                + " has continuous actions, but player "
                + p
                + "'s policy "
                + describe(profile[p])
                + " is not a ContinuousPolicy (it cannot sample action vectors)");
      }
    }
  }

  private static String describe(Policy policy) {
    if (policy == null) {
      return "null";
    }
    String text = policy.toString();
    return text.startsWith(policy.getClass().getName() + "@")
        ? policy.getClass().getSimpleName()
        : text;
  }
}
