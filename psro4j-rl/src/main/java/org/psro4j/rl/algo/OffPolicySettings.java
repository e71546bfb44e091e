package org.psro4j.rl.algo;

import java.util.HashSet;
import java.util.Set;

/**
 * What {@link SacSettings} and {@link CrossQSettings} have in common: the off-policy schedule, the
 * actor and its entropy temperature, warm starting and the device. Each accessor is the oracle
 * option named in {@link #SHARED_KEYS}.
 */
interface OffPolicySettings {

  /** The option names both oracles accept. */
  Set<String> SHARED_KEYS =
      Set.of(
          "br_steps",
          "num_envs",
          "rollout_steps",
          "replay_ratio",
          "batch",
          "buffer",
          "learning_starts",
          "lr",
          "gamma",
          "alpha",
          "target_entropy",
          "hidden",
          "critic_hidden",
          "warm_start",
          "shards",
          "device");

  /** {@link #SHARED_KEYS} and {@code own}. */
  static Set<String> keysWith(String... own) {
    Set<String> keys = new HashSet<>(SHARED_KEYS);
    keys.addAll(Set.of(own));
    return Set.copyOf(keys);
  }

  /**
   * Returns {@code settings} after refusing a batch larger than the replay buffer, under which no
   * update would ever run. (A budget below {@code learning_starts} is allowed: it returns the warm
   * start unchanged.)
   */
  static <S extends OffPolicySettings> S checked(String oracle, S settings) {
    if (settings.batchSize() > settings.bufferSize()) {
      throw new IllegalArgumentException(
          oracle
              + ": batch="
              + settings.batchSize()
              + " exceeds buffer="
              + settings.bufferSize()
              + ", so no update would run");
    }
    return settings;
  }

  long brSteps();

  int numEnvs();

  int rolloutSteps();

  double replayRatio();

  int batchSize();

  int bufferSize();

  long learningStarts();

  double learningRate();

  double initialAlpha();

  double targetEntropy();

  int[] hidden();

  boolean warmStart();

  int shards();

  String device();

  /** The budget and update schedule an {@link OffPolicySession} follows. */
  default OffPolicySchedule schedule() {
    return new OffPolicySchedule(
        brSteps(),
        numEnvs(),
        rolloutSteps(),
        replayRatio(),
        batchSize(),
        bufferSize(),
        learningStarts(),
        shards());
  }
}
