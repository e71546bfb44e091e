package org.psro4j.psro;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.psro4j.game.Game;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.policy.Policy;
import org.psro4j.random.Seeds;
import org.psro4j.state.PopulationView;

/**
 * Fills the entries a grown population added to the empirical game: evaluates all of them, or, with
 * a {@link PartialEvaluation}, a reservoir sample and imputes the rest (training its payoff model,
 * when it has one, on the measured entries first). Each entry's evaluation seed depends only on the
 * root seed and the entry, so results do not depend on the thread count or on resumption.
 */
final class MetaGameFiller {

  /** What one fill did; {@code model} is what the payoff model's update measured. */
  record Fill(int evaluated, int imputed, double imputationError, PayoffModel.Fit model) {}

  private final Game game;
  private final PayoffEvaluator evaluator;
  private final DriverSettings settings;
  private PartialEvaluation partial;

  MetaGameFiller(Game game, PayoffEvaluator evaluator, DriverSettings settings) {
    this.game = game;
    this.evaluator = evaluator;
    this.settings = settings;
  }

  void setPartial(PartialEvaluation partial) {
    this.partial = partial;
  }

  /** The learned payoff model, or null. */
  PayoffModel model() {
    return partial == null ? null : partial.model();
  }

  /** Fills every profile with at least one index at or beyond {@code before}. */
  Fill fill(int iteration, int[] before, PopulationView population, EmpiricalGame meta) {
    List<int[]> fresh = newProfiles(population.sizes(), before);
    List<int[]> evaluate = fresh;
    List<int[]> impute = List.of();
    if (partial != null && partial.fraction() < 1 && iteration > 0) {
      int k = (int) Math.ceil(partial.fraction() * fresh.size());
      int[] chosen =
          reservoir(fresh.size(), k, Seeds.random(settings.seed(), "reservoir", iteration));
      boolean[] take = new boolean[fresh.size()];
      for (int i : chosen) {
        take[i] = true;
      }
      evaluate = new ArrayList<>();
      impute = new ArrayList<>();
      for (int i = 0; i < fresh.size(); i++) {
        (take[i] ? evaluate : impute).add(fresh.get(i));
      }
    }
    List<PayoffEvaluator.Evaluation> values = evaluateAll(evaluator, evaluate, population);
    for (int i = 0; i < evaluate.size(); i++) {
      PayoffEvaluator.Evaluation e = values.get(i);
      if (e.exact()) {
        meta.setExact(evaluate.get(i), e.mean());
      } else {
        meta.setSampled(evaluate.get(i), e.mean(), e.variance(), e.episodes());
      }
    }
    PayoffModel.Fit fit = PayoffModel.Fit.none();
    if (partial != null && partial.model() != null) {
      fit = partial.model().fit(meta, iteration);
    }
    if (impute.isEmpty()) {
      return new Fill(evaluate.size(), 0, Double.NaN, fit);
    }
    MainEffects effects = partial.model() == null ? MainEffects.fit(meta) : null;
    double[][] estimates = new double[impute.size()][];
    for (int i = 0; i < impute.size(); i++) {
      int[] profile = impute.get(i);
      estimates[i] = effects != null ? effects.predict(profile) : partial.model().predict(profile);
      meta.setPredicted(profile, estimates[i]);
    }
    double error = Double.NaN;
    if (partial.reference() != null) {
      List<PayoffEvaluator.Evaluation> truth = evaluateAll(partial.reference(), impute, population);
      double sum = 0;
      for (int i = 0; i < impute.size(); i++) {
        for (int p = 0; p < game.numPlayers(); p++) {
          sum += Math.abs(truth.get(i).mean()[p] - estimates[i][p]);
        }
      }
      error = sum / (impute.size() * game.numPlayers());
    }
    return new Fill(evaluate.size(), impute.size(), error, fit);
  }

  /**
   * Evaluates the entries that are missing although their strategies are not new, e.g. those
   * invalidated because an active slot's policy changed version; returns how many.
   */
  int fillMissing(PopulationView population, EmpiricalGame meta) {
    List<int[]> missing = meta.missingEntries();
    List<PayoffEvaluator.Evaluation> values = evaluateAll(evaluator, missing, population);
    for (int i = 0; i < missing.size(); i++) {
      PayoffEvaluator.Evaluation e = values.get(i);
      if (e.exact()) {
        meta.setExact(missing.get(i), e.mean());
      } else {
        meta.setSampled(missing.get(i), e.mean(), e.variance(), e.episodes());
      }
    }
    return missing.size();
  }

  private List<PayoffEvaluator.Evaluation> evaluateAll(
      PayoffEvaluator with, List<int[]> profiles, PopulationView population) {
    if (with instanceof ExactEvaluator exact) {
      // Exact entries need no seed; computed together they share their terminal-reach work.
      List<Policy[]> policies = new ArrayList<>(profiles.size());
      for (int[] profile : profiles) {
        policies.add(population.profile(profile));
      }
      return exact.evaluateAll(policies, settings.threads());
    }
    List<Callable<PayoffEvaluator.Evaluation>> jobs = new ArrayList<>();
    for (int[] profile : profiles) {
      long[] key = new long[profile.length];
      for (int p = 0; p < key.length; p++) {
        key[p] = profile[p];
      }
      long seed = Seeds.derive(settings.seed(), "eval", key);
      Policy[] policies = population.profile(profile);
      jobs.add(() -> with.evaluate(game, policies, seed));
    }
    return Parallel.runAll(settings.threads(), jobs);
  }

  /** Profiles of the product of {@code sizes} with some index at or past {@code before}. */
  static List<int[]> newProfiles(int[] sizes, int[] before) {
    List<int[]> out = new ArrayList<>();
    int[] idx = new int[sizes.length];
    while (true) {
      boolean isNew = false;
      for (int p = 0; p < sizes.length; p++) {
        isNew |= idx[p] >= before[p];
      }
      if (isNew) {
        out.add(idx.clone());
      }
      int p = sizes.length - 1;
      while (p >= 0 && ++idx[p] == sizes[p]) {
        idx[p--] = 0;
      }
      if (p < 0) {
        return out;
      }
    }
  }

  /** A uniform sample of {@code k} of {@code 0..n-1} (Vitter's Algorithm R), sorted. */
  static int[] reservoir(int n, int k, SplittableRandom random) {
    int[] r = new int[Math.min(k, n)];
    for (int i = 0; i < n; i++) {
      if (i < r.length) {
        r[i] = i;
      } else {
        int j = random.nextInt(i + 1);
        if (j < r.length) {
          r[j] = i;
        }
      }
    }
    java.util.Arrays.sort(r);
    return r;
  }
}
