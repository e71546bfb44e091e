package org.psro4j.cli.run;

import java.util.Arrays;
import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.games.stratego.BarrageBots;
import org.psro4j.policy.Policy;
import org.psro4j.random.Seeds;
import org.psro4j.rl.algo.PpoSettings;
import org.psro4j.rl.imitation.ImitationStart;
import org.psro4j.rl.nn.ConvPolicy;

/**
 * {@code --init imitation} for {@code barrage_stratego}: the random and heuristic bots plus a
 * convolutional policy cloned from the heuristic bot ({@link ImitationStart}: {@value #GAMES}
 * recorded games of the heuristic against the random bot and against itself, {@value #EPOCHS}
 * epochs, Adam at 1e-3, minibatches of 128), of the PPO oracle's {@code hidden} widths, so that the
 * first best response warm-starts from it. The clone is a pure function of the game, the widths and
 * the run's seed; it is made once per process (a run asks for its initial population twice).
 */
public final class ImitationInit {

  /** The {@code --init} value and the clone's name in the population. */
  public static final String NAME = "imitation";

  static final int GAMES = 400;
  static final int EPOCHS = 8;

  private static final ImitationStart SETTINGS = new ImitationStart(GAMES, EPOCHS, 1e-3, 128);

  private static String memoKey;
  private static ConvPolicy memo;

  private ImitationInit() {}

  /** The cloned policy for this run's game, oracle widths and seed. */
  static synchronized Policy policy(RunConfig c, Game game) {
    if (!"ppo".equals(c.oracle())
        || !"conv".equals(c.oracleOptions().getOrDefault("policy_net", "mlp"))) {
      throw new IllegalArgumentException(
          "--init imitation clones the heuristic into a convolutional network: it needs --oracle"
              + " ppo --policy-net conv, not --oracle "
              + c.oracle()
              + " --policy-net "
              + c.oracleOptions().getOrDefault("policy_net", "mlp"));
    }
    PpoSettings ppo = PpoSettings.fromOptions(c.oracleOptions());
    return barrageClone(game, ppo.hidden(), c.seed(), ppo.device());
  }

  /**
   * The heuristic bot of {@code game} (a {@code barrage_stratego} game) cloned into a conv network
   * of widths {@code widths}, from the run seed {@code seed}.
   */
  public static synchronized ConvPolicy barrageClone(
      Game game, int[] widths, long seed, String device) {
    String key = game + "|" + Arrays.toString(widths) + "|" + seed + "|" + device;
    if (!key.equals(memoKey)) {
      Policy teacher = BarrageBots.create("heuristic", game);
      ImitationStart.Result r =
          SETTINGS.train(
              game,
              teacher,
              List.of(BarrageBots.create("random", game), teacher),
              widths,
              Seeds.derive(seed, NAME),
              device);
      memo = r.policy();
      memoKey = key;
    }
    return memo;
  }
}
