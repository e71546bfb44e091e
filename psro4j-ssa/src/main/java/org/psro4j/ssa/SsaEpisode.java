package org.psro4j.ssa;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The random part of one {@code ssa_coverage} episode, drawn when the opening chance node picks the
 * episode index: when each object manoeuvres, each side's noisy prediction of those times, and the
 * age of each side's track of each object at the start. Immutable; shared by copies of a state.
 *
 * <p>Manoeuvres per object are Poisson with mean {@code manoeuvres_per_day · hours / 24}, at
 * uniform steps; each side predicts each manoeuvre at its true step plus Gaussian noise of {@code
 * prediction_sigma_minutes}, independently. A manoeuvre at step m is checked at step m + tolerance:
 * a side that has not observed the object since step m − tolerance loses custody of it. Initial
 * track ages are uniform in [0, stale/2).
 */
final class SsaEpisode {

  final int index;

  /** Step of each side's last observation before the window (≤ 0), by side · objects + object. */
  final int[] initialLastObserved;

  /** Manoeuvres of object o are entries manoeuvreStart[o] until manoeuvreStart[o + 1]. */
  final int[] manoeuvreStart;

  final int[] manoeuvreStep;

  /** Each side's predicted step of each manoeuvre, by side · manoeuvres + entry. */
  final int[] predictedStep;

  /** Checks due at step t are entries checkStart[t] until checkStart[t + 1]. */
  final int[] checkStart;

  final int[] checkObject;
  final int[] checkWindowStart;

  SsaEpisode(SsaSettings settings, int index) {
    this.index = index;
    int objects = settings.objects();
    int steps = settings.steps();
    int tolerance = settings.toleranceSteps();
    SplittableRandom rng =
        new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L * index);
    this.initialLastObserved = new int[2 * objects];
    int halfStale = Math.max(1, settings.staleSteps() / 2);
    for (int i = 0; i < initialLastObserved.length; i++) {
      initialLastObserved[i] = -rng.nextInt(halfStale);
    }
    double mean = settings.manoeuvresPerDay() * settings.hours() / 24.0;
    this.manoeuvreStart = new int[objects + 1];
    int[] stepsOut = new int[16];
    int total = 0;
    for (int o = 0; o < objects; o++) {
      int n = poisson(rng, mean);
      if (total + n > stepsOut.length) {
        stepsOut = Arrays.copyOf(stepsOut, Math.max(2 * stepsOut.length, total + n));
      }
      for (int k = 0; k < n; k++) {
        stepsOut[total + k] = rng.nextInt(steps);
      }
      Arrays.sort(stepsOut, total, total + n);
      total += n;
      manoeuvreStart[o + 1] = total;
    }
    this.manoeuvreStep = Arrays.copyOf(stepsOut, total);
    this.predictedStep = new int[2 * total];
    double sigmaSteps = settings.predictionSigmaMinutes() / settings.stepMinutes();
    for (int side = 0; side < 2; side++) {
      for (int k = 0; k < total; k++) {
        predictedStep[side * total + k] =
            manoeuvreStep[k] + (int) Math.round(rng.nextGaussian() * sigmaSteps);
      }
    }
    // Loss checks, bucketed by the step at which they fall due.
    this.checkStart = new int[steps + 1];
    for (int k = 0; k < total; k++) {
      int due = manoeuvreStep[k] + tolerance;
      if (due < steps) {
        checkStart[due + 1]++;
      }
    }
    for (int t = 0; t < steps; t++) {
      checkStart[t + 1] += checkStart[t];
    }
    this.checkObject = new int[checkStart[steps]];
    this.checkWindowStart = new int[checkObject.length];
    int[] fill = Arrays.copyOf(checkStart, steps);
    for (int o = 0; o < objects; o++) {
      for (int k = manoeuvreStart[o]; k < manoeuvreStart[o + 1]; k++) {
        int due = manoeuvreStep[k] + tolerance;
        if (due < steps) {
          int at = fill[due]++;
          checkObject[at] = o;
          checkWindowStart[at] = manoeuvreStep[k] - tolerance;
        }
      }
    }
  }

  /** A Poisson draw by Knuth's product method, halving large means to stay in range. */
  private static int poisson(SplittableRandom rng, double mean) {
    if (mean > 30) {
      return poisson(rng, mean / 2) + poisson(rng, mean / 2);
    }
    double limit = Math.exp(-mean);
    double product = rng.nextDouble();
    int k = 0;
    while (product > limit) {
      k++;
      product *= rng.nextDouble();
    }
    return k;
  }

  /** Total manoeuvres in the episode. */
  int manoeuvres() {
    return manoeuvreStep.length;
  }

  /**
   * {@code side}'s earliest predicted manoeuvre step of {@code object} whose tolerance window has
   * not closed at {@code step} (predicted + tolerance ≥ step), or -1 if none.
   */
  int nextPredicted(int side, int object, int step, int tolerance) {
    int best = -1;
    int offset = side * manoeuvreStep.length;
    for (int k = manoeuvreStart[object]; k < manoeuvreStart[object + 1]; k++) {
      int predicted = predictedStep[offset + k];
      if (predicted + tolerance >= step && (best < 0 || predicted < best)) {
        best = predicted;
      }
    }
    return best;
  }
}
