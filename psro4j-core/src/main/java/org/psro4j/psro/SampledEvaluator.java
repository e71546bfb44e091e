package org.psro4j.psro;

import java.util.SplittableRandom;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.policy.ContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.random.Sampling;

/**
 * Monte-Carlo payoff entries: plays {@code episodes} games of the profile, sampling chance and
 * actions, and reports each player's mean and per-episode variance (Welford's method).
 */
public final class SampledEvaluator implements PayoffEvaluator {

  private final int episodes;

  /** An evaluator playing {@code episodes} games per entry. */
  public SampledEvaluator(int episodes) {
    if (episodes < 2) {
      throw new IllegalArgumentException("episodes=" + episodes + " must be at least 2");
    }
    this.episodes = episodes;
  }

  @Override
  public String name() {
    return "sampled";
  }

  @Override
  public Evaluation evaluate(Game game, Policy[] profile, long seed) {
    int n = game.numPlayers();
    SplittableRandom random = new SplittableRandom(seed);
    double[] mean = new double[n];
    double[] m2 = new double[n];
    for (int e = 1; e <= episodes; e++) {
      double[] r = playEpisode(game, profile, random);
      for (int p = 0; p < n; p++) {
        double d = r[p] - mean[p];
        mean[p] += d / e;
        m2[p] += d * (r[p] - mean[p]);
      }
    }
    double[] variance = new double[n];
    for (int p = 0; p < n; p++) {
      variance[p] = m2[p] / (episodes - 1);
    }
    return new Evaluation(mean, variance, episodes);
  }

  /**
   * Plays one episode to the end and returns the final returns. Chance and indexed actions are
   * drawn from the policies' probabilities; at a {@link ContinuousState} node each acting player's
   * {@link ContinuousPolicy} samples its vector from {@code random}, so an episode is a function of
   * the seed.
   */
  public static double[] playEpisode(Game game, Policy[] profile, SplittableRandom random) {
    return play(game, profile, random, new long[1]);
  }

  /** As {@link #playEpisode}, adding the number of player moves made to {@code moves[0]}. */
  static double[] play(Game game, Policy[] profile, SplittableRandom random, long[] moves) {
    if (game.hasContinuousActions()) {
      requireContinuous(game, profile);
    }
    State s = game.newInitialState();
    while (!s.isTerminal()) {
      if (s.isChanceNode()) {
        s.apply(Sampling.chance(s.chanceOutcomes(), random));
        continue;
      }
      // Moves count once per acting player, as the RL rollouts count environment steps.
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
          joint[p] =
              s.legalActions(p)[Sampling.index(profile[p].actionProbabilities(s, p), random)];
          moves[0]++;
        }
        s.apply(joint);
      } else {
        moves[0]++;
        int p = s.currentPlayer();
        s.apply(s.legalActions(p)[Sampling.index(profile[p].actionProbabilities(s, p), random)]);
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
