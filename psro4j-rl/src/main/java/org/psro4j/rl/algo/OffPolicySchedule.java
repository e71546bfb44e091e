package org.psro4j.rl.algo;

/**
 * How an off-policy continuous learner spends its budget: collect {@code rolloutSteps} environment
 * steps on {@code numEnvs} games, then make {@code replayRatio} gradient updates per new learner
 * transition from minibatches of {@code batchSize}; actions are uniform until {@code
 * learningStarts} environment steps have been played.
 *
 * @param brSteps environment steps (all players' moves) per best response
 * @param numEnvs games played at once
 * @param rolloutSteps environment steps collected between rounds of updates
 * @param replayRatio gradient updates per collected learner transition (the update-to-data ratio)
 * @param batchSize transitions per update
 * @param bufferSize replay capacity in transitions
 * @param learningStarts environment steps of uniform actions before the actor is used and updated
 * @param shards rollout threads
 */
record OffPolicySchedule(
    long brSteps,
    int numEnvs,
    int rolloutSteps,
    double replayRatio,
    int batchSize,
    int bufferSize,
    long learningStarts,
    int shards) {}
