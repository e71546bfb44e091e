package org.psro4j.rl.imitation;

import ai.djl.Device;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.rl.nn.BoardShape;
import org.psro4j.rl.nn.ConvNetwork;
import org.psro4j.rl.nn.ConvPolicy;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * A supervised initial policy for PSRO on a board game: a {@link ConvNetwork} of the given widths
 * cloned from a teacher's play ({@link Demonstrations}, {@link BehaviourCloning}), so that the
 * first best response (which warm-starts from the population's newest policy) refines a sensible
 * player instead of discovering the game from uniform play — the supervised start of AlphaStar
 * (Vinyals et al., Nature 2019). The result is an ordinary policy of the population; PSRO's
 * guarantees do not depend on the initial population.
 *
 * @param games teacher games to record
 * @param epochs passes over the recorded decisions
 * @param learningRate Adam's step size
 * @param minibatch decisions per gradient step
 */
public record ImitationStart(int games, int epochs, double learningRate, int minibatch) {

  /** The settings used when no option is given: 400 games, 8 epochs, Adam at 1e-3, 128 a step. */
  public static final ImitationStart DEFAULTS = new ImitationStart(400, 8, 1e-3, 128);

  /** The option names of {@link #fromOptions}. */
  public static final List<String> KEYS = List.of("games", "epochs", "lr", "minibatch");

  /**
   * {@link #DEFAULTS} overridden by string options {@code games}, {@code epochs}, {@code lr},
   * {@code minibatch}; an unknown key or a bad value fails in one line naming it.
   */
  public static ImitationStart fromOptions(Map<String, String> options) {
    TreeSet<String> unknown = new TreeSet<>(options.keySet());
    KEYS.forEach(unknown::remove);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown imitation option(s) " + unknown + "; known: " + String.join(", ", KEYS));
    }
    return new ImitationStart(
        count(options, "games", DEFAULTS.games),
        count(options, "epochs", DEFAULTS.epochs),
        rate(options, "lr", DEFAULTS.learningRate),
        count(options, "minibatch", DEFAULTS.minibatch));
  }

  private static int count(Map<String, String> options, String key, int fallback) {
    String v = options.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      int x = Integer.parseInt(v.strip().replace("_", ""));
      if (x >= 1) {
        return x;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        "imitation option " + key + "=" + v + " must be a whole number of at least 1");
  }

  private static double rate(Map<String, String> options, String key, double fallback) {
    String v = options.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      double x = Double.parseDouble(v.strip());
      if (x > 0 && x <= 1) {
        return x;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        "imitation option " + key + "=" + v + " must be a number in (0, 1]");
  }

  /** What {@link #train} made and how well it fits the teacher. */
  public record Result(ConvPolicy policy, int decisions, double[] losses) {}

  public ImitationStart {
    if (games < 1 || epochs < 1 || minibatch < 1 || !(learningRate > 0)) {
      throw new IllegalArgumentException(
          "imitation needs positive games, epochs, minibatch and lr: "
              + games
              + ", "
              + epochs
              + ", "
              + minibatch
              + ", "
              + learningRate);
    }
  }

  /**
   * Records {@code teacher} against {@code opponents} in {@code game} and clones it into a fresh
   * network of convolution widths {@code widths}; every random draw comes from {@code seed}.
   */
  public Result train(
      Game game, Policy teacher, List<Policy> opponents, int[] widths, long seed, String device) {
    SplittableRandom random = new SplittableRandom(seed);
    Demonstrations data =
        Demonstrations.collect(game, teacher, opponents, games, random.split().nextLong());
    ObservationSpec spec = ObservationSpec.of(game);
    Device where = DjlRuntime.device(device);
    double[] losses = new double[epochs];
    try (ConvNetwork network =
        ConvNetwork.create(BoardShape.of(game), widths, random.nextLong(), where)) {
      BehaviourCloning cloning = new BehaviourCloning(network, spec, learningRate, minibatch);
      for (int e = 0; e < epochs; e++) {
        losses[e] = cloning.epoch(data, random.split());
      }
      return new Result(new ConvPolicy(game.toString(), spec, network.copy()), data.size(), losses);
    }
  }
}
