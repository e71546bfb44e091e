package org.psro4j.cli.run;

import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.games.stratego.BarrageBots;
import org.psro4j.policy.Policy;
import org.psro4j.random.Seeds;
import org.psro4j.rl.algo.PpoSettings;
import org.psro4j.rl.imitation.ImitationStart;
import org.psro4j.rl.nn.ConvPolicy;
import org.psro4j.state.PopulationView;

/**
 * {@code --init imitation} for {@code barrage_stratego}: the random and heuristic bots plus a
 * convolutional policy cloned from the heuristic bot ({@link ImitationStart}: by default 400
 * recorded games of the heuristic against the random bot and against itself, 8 epochs, Adam at
 * 1e-3, minibatches of 128; {@code --imitation-option} changes them), of the PPO oracle's {@code
 * hidden} widths, so that the first best response warm-starts from it. The clone is a pure function
 * of the game, the widths, the settings and the run's seed; a run makes it once, and a resumed run
 * takes it from its saved population instead of cloning again.
 */
public final class ImitationInit {

  /** The {@code --init} value and the clone's name in the population. */
  public static final String NAME = "imitation";

  private ImitationInit() {}

  /**
   * The cloned policy for this run's game, oracle widths, imitation options and seed: the clone
   * saved in {@code saved} (a resumed run's population; the member after the bots) when there is
   * one, else a new clone.
   */
  static Policy policy(RunConfig c, Game game, PopulationView saved) {
    if (!"ppo".equals(c.oracle())
        || !"conv".equals(c.oracleOptions().getOrDefault("policy_net", "mlp"))) {
      throw new IllegalArgumentException(
          "--init imitation clones the heuristic into a convolutional network: it needs --oracle"
              + " ppo --policy-net conv, not --oracle "
              + c.oracle()
              + " --policy-net "
              + c.oracleOptions().getOrDefault("policy_net", "mlp"));
    }
    // The initial population lists the bots, then the clone.
    int slot = BarrageBots.population(game).size();
    if (saved != null
        && saved.of(0).size() > slot
        && saved.of(0).get(slot) instanceof ConvPolicy clone) {
      return clone;
    }
    PpoSettings ppo = PpoSettings.fromOptions(c.oracleOptions());
    return barrageClone(
        game,
        ppo.hidden(),
        c.seed(),
        ppo.device(),
        ImitationStart.fromOptions(c.imitationOptions()));
  }

  /**
   * The heuristic bot of {@code game} (a {@code barrage_stratego} game) cloned with {@code
   * settings} into a conv network of widths {@code widths}, from the run seed {@code seed}.
   */
  public static ConvPolicy barrageClone(
      Game game, int[] widths, long seed, String device, ImitationStart settings) {
    Policy teacher = BarrageBots.create("heuristic", game);
    return settings
        .train(
            game,
            teacher,
            List.of(BarrageBots.create("random", game), teacher),
            widths,
            Seeds.derive(seed, NAME),
            device)
        .policy();
  }
}
