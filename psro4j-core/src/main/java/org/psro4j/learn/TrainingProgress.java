package org.psro4j.learn;

/**
 * Where a {@link TrainingSession} stands.
 *
 * @param targetSteps the step target, the sum of every {@link TrainingSession#train} argument
 * @param steps environment steps used (all players' moves)
 * @param episodes complete episodes played
 * @param updates gradient updates made
 * @param meanReturn the learner's mean return in its latest collection (the value a one-shot oracle
 *     reports)
 * @param movingReturn an exponential moving average of the per-collection mean returns
 * @param gain the moving estimate of what training has gained: {@code movingReturn} minus the mean
 *     return of the first collection
 * @param seconds wall-clock seconds spent training (summed over restores)
 */
public record TrainingProgress(
    long targetSteps,
    long steps,
    long episodes,
    long updates,
    double meanReturn,
    double movingReturn,
    double gain,
    double seconds) {}
