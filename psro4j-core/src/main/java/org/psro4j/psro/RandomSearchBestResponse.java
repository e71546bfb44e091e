package org.psro4j.psro;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.psro4j.game.Game;
import org.psro4j.play.Episodes;
import org.psro4j.policy.FixedContinuousPolicy;
import org.psro4j.policy.Policy;

/**
 * A baseline best-response oracle for low-dimensional continuous games ({@code --oracle
 * random_search}): draws {@code candidates} action vectors uniformly from {@code [0,1]^d} (plus the
 * warm start when it is a fixed vector), scores each by {@code episodes} games against co-players
 * drawn from the target distribution, and returns the best as a {@link FixedContinuousPolicy}.
 *
 * <p>Every candidate meets the same co-player draws and episode seeds (common random numbers), so
 * candidates are compared on equal terms; the winner's reported value is re-estimated on fresh
 * episodes, so selecting the maximum does not bias it upward. Cost: at most {@code (candidates + 2)
 * × episodes} episodes, no learning. The vector is played at every decision, so in games longer
 * than one move the result is the best constant action found, not a full best response; it is meant
 * as a reference point for the learned oracles (SAC, CrossQ) on one-shot games such as {@code
 * continuous_blotto}.
 */
public final class RandomSearchBestResponse implements BestResponseOracle {

  /** Candidate vectors drawn when the option is not given. */
  public static final int DEFAULT_CANDIDATES = 256;

  /** Episodes per candidate when the option is not given. */
  public static final int DEFAULT_EPISODES = 32;

  private final int candidates;
  private final int episodes;

  /** An oracle drawing {@code candidates} vectors, each scored on {@code episodes} episodes. */
  public RandomSearchBestResponse(int candidates, int episodes) {
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates=" + candidates + " must be at least 1");
    }
    if (episodes < 1) {
      throw new IllegalArgumentException("episodes=" + episodes + " must be at least 1");
    }
    this.candidates = candidates;
    this.episodes = episodes;
  }

  /** The oracle from string options {@code candidates} and {@code episodes}; others are refused. */
  public static RandomSearchBestResponse fromOptions(Map<String, String> options) {
    Map<String, String> rest = new TreeMap<>(options);
    int c = intOption(rest.remove("candidates"), "candidates", DEFAULT_CANDIDATES);
    int e = intOption(rest.remove("episodes"), "episodes", DEFAULT_EPISODES);
    if (!rest.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown random_search options " + rest.keySet() + "; known: candidates, episodes");
    }
    return new RandomSearchBestResponse(c, e);
  }

  private static int intOption(String value, String name, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException(name + "=" + value + " is not an integer");
    }
  }

  @Override
  public String name() {
    return "random_search";
  }

  @Override
  public void checkSupports(Game game) {
    if (!game.hasContinuousActions()) {
      throw new IllegalArgumentException(
          "the random_search oracle needs continuous actions; "
              + game
              + " has indexed actions (use --oracle exact or a reinforcement-learning oracle)");
    }
  }

  @Override
  public OracleResult bestResponse(BestResponseTask task) {
    long start = System.nanoTime();
    Game game = task.game();
    checkSupports(game);
    SplittableRandom random = new SplittableRandom(task.seed());
    long[] tally = new long[2]; // player moves, episodes
    Scenarios selection = new Scenarios(task, random.split());
    Scenarios validation = new Scenarios(task, random.split());
    double[] best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    if (task.warmStart() instanceof FixedContinuousPolicy warm
        && warm.action().length == game.continuousActionSize()) {
      best = warm.action();
      bestScore = selection.meanReturn(best, tally);
    }
    for (int c = 0; c < candidates; c++) {
      double[] candidate = new double[game.continuousActionSize()];
      for (int i = 0; i < candidate.length; i++) {
        candidate[i] = random.nextDouble();
      }
      double score = selection.meanReturn(candidate, tally);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    double value = validation.meanReturn(best, tally);
    return new OracleResult(
        new FixedContinuousPolicy(best),
        value,
        tally[0],
        tally[1],
        0,
        (System.nanoTime() - start) / 1e9);
  }

  /** A fixed set of co-player draws and episode seeds on which candidates are scored. */
  private final class Scenarios {
    private final BestResponseTask task;
    private final Policy[][] profiles = new Policy[episodes][];
    private final long[] seeds = new long[episodes];

    Scenarios(BestResponseTask task, SplittableRandom random) {
      this.task = task;
      for (int e = 0; e < episodes; e++) {
        profiles[e] = task.opponents().sample(random);
        seeds[e] = random.nextLong();
      }
    }

    /** The learner's mean return with {@code action}; adds moves and episodes to {@code tally}. */
    double meanReturn(double[] action, long[] tally) {
      Policy learner = new FixedContinuousPolicy(action);
      double sum = 0;
      for (int e = 0; e < episodes; e++) {
        Policy[] profile = profiles[e].clone();
        profile[task.player()] = learner;
        sum +=
            Episodes.play(task.game(), profile, new SplittableRandom(seeds[e]), tally)[
                task.player()];
      }
      tally[1] += episodes;
      return sum / episodes;
    }
  }
}
