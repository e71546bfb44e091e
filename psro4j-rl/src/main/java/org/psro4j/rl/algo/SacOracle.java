package org.psro4j.rl.algo;

import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.TrainingSession;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.SquashedGaussianPolicy;

/**
 * Soft actor-critic (Haarnoja, Zhou, Abbeel and Levine, "Soft Actor-Critic: Off-Policy Maximum
 * Entropy Deep Reinforcement Learning with a Stochastic Actor", ICML 2018; automatic temperature
 * from Haarnoja et al., "Soft Actor-Critic Algorithms and Applications", arXiv:1812.05905, 2018) as
 * a best-response oracle for games with continuous actions: a squashed-Gaussian actor over the
 * information-state tensor, twin critics with Polyak-averaged target networks, a learned entropy
 * temperature and a replay buffer, trained on {@link org.psro4j.rl.rollout.ContinuousRollouts}
 * against co-players drawn per episode. The budget is {@code br_steps} environment steps; the
 * result reports steps, episodes, critic updates and seconds, and its value is the learner's mean
 * return over its last episodes. The best response is the stochastic {@link
 * SquashedGaussianPolicy}.
 */
public final class SacOracle implements LearningOracle {

  private final SacSettings settings;

  /** An oracle with these settings. */
  public SacOracle(SacSettings settings) {
    this.settings = settings;
  }

  /** An oracle from string options (see {@link SacSettings}). */
  public static SacOracle fromOptions(Map<String, String> options) {
    return new SacOracle(SacSettings.fromOptions(options));
  }

  /** The settings. */
  public SacSettings settings() {
    return settings;
  }

  @Override
  public Map<String, Object> resolvedOptions() {
    return RecordMaps.of(settings);
  }

  @Override
  public String name() {
    return "sac";
  }

  @Override
  public void checkSupports(Game game) {
    ObservationSpec.ofContinuous(game);
  }

  @Override
  public long budget() {
    return settings.schedule().brSteps();
  }

  @Override
  public TrainingSession start(BestResponseTask task) {
    return new OffPolicySession(
        "sac",
        task,
        settings,
        (actor, spec, random, device) ->
            new SacLearner(actor, spec.size(), spec.numActions(), settings, random, device));
  }
}
