package org.psro4j.rl.algo;

import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.TrainingSession;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.rollout.VectorRollouts;

/**
 * Proximal policy optimisation (Schulman et al., "Proximal Policy Optimization Algorithms", 2017)
 * as a best-response oracle: clipped surrogate, GAE advantages, an entropy bonus annealed to zero,
 * separate policy and value MLPs over the information-state tensor, trained on {@link
 * VectorRollouts} against co-players drawn per episode. The budget is {@code br_steps} environment
 * steps; the result reports steps, gradient updates and seconds, and its value is the learner's
 * mean return in the last rollout. A best response is a {@link PpoSession} run to the budget.
 */
public final class PpoOracle implements LearningOracle {

  private final PpoSettings settings;

  /** An oracle with these settings. */
  public PpoOracle(PpoSettings settings) {
    this.settings = settings;
  }

  /** An oracle from string options (see {@link PpoSettings}). */
  public static PpoOracle fromOptions(Map<String, String> options) {
    return new PpoOracle(PpoSettings.fromOptions(options));
  }

  /** The settings. */
  public PpoSettings settings() {
    return settings;
  }

  @Override
  public Map<String, Object> resolvedOptions() {
    return RecordMaps.of(settings);
  }

  @Override
  public String name() {
    return "ppo";
  }

  @Override
  public void checkSupports(Game game) {
    ObservationSpec.of(game);
    if (settings.policyNet().equals("conv")) {
      org.psro4j.rl.nn.BoardShape.of(game);
    }
    if (settings.recurrent()) {
      ObservationSpec spec = ObservationSpec.forRecurrent(game);
      // A sequential game's lone states are evaluated by replaying their history; a
      // simultaneous-move game's recurrent policies are played through episode handles only
      // (sampled evaluation, as capture_the_flag's), so it need not record one.
      if (spec.tensor().equals(ObservationSpec.OBSERVATION)
          && game.type().dynamics() != org.psro4j.game.GameType.Dynamics.SIMULTANEOUS) {
        try {
          game.newInitialState().history();
        } catch (UnsupportedOperationException e) {
          throw new IllegalArgumentException(
              "policy_net="
                  + settings.policyNet()
                  + " needs "
                  + game
                  + " to record its history (State.history) so recurrent policies can be"
                  + " evaluated at any state");
        }
      }
    }
  }

  @Override
  public long budget() {
    return settings.brSteps();
  }

  @Override
  public TrainingSession start(BestResponseTask task) {
    if (settings.policyNet().equals("conv")) {
      return new ConvPpoSession(task, settings);
    }
    return settings.recurrent()
        ? new RecurrentPpoSession(task, settings)
        : new PpoSession(task, settings);
  }

  /** Whether {@code policy} was made by this module for {@code game} with these layer sizes. */
  static boolean fits(Policy policy, Game game, int[] layerSizes) {
    return policy instanceof NeuralPolicy n
        && n.game().equals(game.toString())
        && java.util.Arrays.equals(n.network().layerSizes(), layerSizes);
  }
}
