package org.psro4j.cli.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.psro4j.pipeline.PipelineSettings;

/**
 * Pipeline PSRO's settings of a run (McAleer et al. 2020), one component of {@link RunConfig}: a
 * run's {@code config.json} writes them grouped under {@code "pipeline"}, and a settings file (or
 * the config.json of a run made before they were grouped) may give each at the top level. Null
 * fields are unset (the defaults or a file fill them).
 *
 * @param workers Pipeline PSRO's local workers (threads)
 * @param plateauThreshold THRESH: fix a level when its mean reward improved by less than this since
 *     the previous check
 * @param plateauPer PER: counts between plateau checks
 * @param plateauStart START: counts after the lower levels are fixed before the first check
 * @param plateauMin MIN: counts a level trains at least
 * @param plateauWindow the plateau rule reads the mean reward over a level's latest this many
 *     episodes (0: the learner's moving return)
 * @param levelMax counts after which a level is fixed regardless (0: no limit)
 * @param refresh counts between refreshes of a level's opponent meta-strategy
 * @param count the unit of the counts: steps or episodes
 * @param episodeBudget stop once the levels trained this many episodes (0: none)
 * @param checkpointEvery seconds of wall time between checkpoints of the run directory (0: at every
 *     promotion); the promotion that stops the run is always checkpointed
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record PipelineConfig(
    @JsonProperty("workers") Integer workers,
    @JsonProperty("plateau_threshold") Double plateauThreshold,
    @JsonProperty("plateau_per") Long plateauPer,
    @JsonProperty("plateau_start") Long plateauStart,
    @JsonProperty("plateau_min") Long plateauMin,
    @JsonProperty("plateau_window") Long plateauWindow,
    @JsonProperty("level_max") Long levelMax,
    @JsonProperty("refresh") Long refresh,
    @JsonProperty("count") String count,
    @JsonProperty("episode_budget") Long episodeBudget,
    @JsonProperty("checkpoint_every") Double checkpointEvery) {

  /** The key a run's config.json groups these settings under. */
  public static final String KEY = "pipeline";

  /**
   * The default seconds between checkpoints: a killed run redoes at most this much work, and a
   * Leduc run of ~150 promotions in ~100 s writes its checkpoint a few times instead of at each.
   * Session 13, the bench's Pipeline arm as a {@code run} (Leduc, DQN, 30k level cap, seed 42,
   * 1,003,002 episodes; 3 runs each, alternated, load 2.5–3.9 on the 2 cores): 147.7 s median wall
   * (130.7–177.3; 20.4 s of it system time, peak 2.7 GB) before, when every promotion decoded every
   * level's policy under the manager's lock, rewrote every level's blobs (~300 files forced to
   * disk) and state.json; 105.0 s (98.5–126.7; 1.8 s system, 1.2 GB) with blobs written once, the
   * policies decoded once and this cadence: 0.71× the wall time (pair by pair 0.67–0.80), 0.78× the
   * CPU. In a 200k-episode run the run directory's share of the driver thread went from 7.5 s of 30
   * s (snapshot 3.9 s, blobs 1.7 s, policy files 0.7 s, old blobs deleted 0.65 s) to 2.9 s with a
   * checkpoint at every promotion (policy files 1.1 s, snapshot 0.6 s, blobs 0.4 s).
   */
  public static final double CHECKPOINT_EVERY = 30;

  /**
   * The reference's Leduc settings with two workers, counting steps; checkpoints every {@link
   * #CHECKPOINT_EVERY} seconds.
   */
  public static PipelineConfig defaults() {
    return new PipelineConfig(
        2, 0.01, 11_250L, 33_750L, 45_000L, 0L, 0L, 15_000L, "steps", 0L, CHECKPOINT_EVERY);
  }

  /** No setting given. */
  public static PipelineConfig none() {
    return new PipelineConfig(null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The seconds of a {@code --checkpoint-every} value: a number of seconds, or one with the unit
   * {@code s}, {@code m} or {@code h} ({@code 30}, {@code 30s}, {@code 5m}); null for null. Throws
   * naming the value when it is none of these or negative.
   */
  static Double seconds(String flag, String value) {
    if (value == null) {
      return null;
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("([0-9]+(?:\\.[0-9]+)?)([smh]?)").matcher(value.strip());
    if (m.matches()) {
      double unit = m.group(2).equals("m") ? 60 : m.group(2).equals("h") ? 3600 : 1;
      return Double.parseDouble(m.group(1)) * unit;
    }
    throw new IllegalArgumentException(
        flag
            + " "
            + value
            + ": must be a non-negative duration in seconds, e.g. 30, 30s, 5m or 0 (every"
            + " promotion)");
  }

  /** The JSON keys of these settings, in order. */
  public static List<String> keys() {
    return Stream.of(PipelineConfig.class.getRecordComponents())
        .map(c -> c.getAccessor().getAnnotation(JsonProperty.class).value())
        .toList();
  }

  /** These settings with every non-null field of {@code over} replacing its own. */
  public PipelineConfig overriddenBy(PipelineConfig over) {
    if (over == null) {
      return this;
    }
    return new PipelineConfig(
        pick(over.workers, workers),
        pick(over.plateauThreshold, plateauThreshold),
        pick(over.plateauPer, plateauPer),
        pick(over.plateauStart, plateauStart),
        pick(over.plateauMin, plateauMin),
        pick(over.plateauWindow, plateauWindow),
        pick(over.levelMax, levelMax),
        pick(over.refresh, refresh),
        pick(over.count, count),
        pick(over.episodeBudget, episodeBudget),
        pick(over.checkpointEvery, checkpointEvery));
  }

  /**
   * The engine's settings of these (every field set): the plateau rule, level cap, refresh, unit of
   * the counts and plateau window, with {@code levels} levels a player.
   */
  public PipelineSettings settings(int levels) {
    return PipelineSettings.defaults()
        .withPlateau(plateauThreshold, plateauPer, plateauStart, plateauMin)
        .withMax(levelMax)
        .withRefresh(refresh)
        .withLevels(levels)
        .withEpisodes("episodes".equals(count))
        .withSmoothing(plateauWindow);
  }

  /** Checks every setting (all set); throws naming the bad value. */
  void validate() {
    if (workers < 1) {
      throw new IllegalArgumentException("workers=" + workers + " must be at least 1");
    }
    if (!(plateauThreshold >= 0) || Double.isInfinite(plateauThreshold)) {
      throw new IllegalArgumentException(
          "plateau_threshold=" + plateauThreshold + " must be finite and non-negative");
    }
    if (plateauPer < 1 || refresh < 1) {
      throw new IllegalArgumentException(
          (plateauPer < 1 ? "plateau_per=" + plateauPer : "refresh=" + refresh)
              + " must be at least 1");
    }
    if (plateauStart < 0 || plateauMin < 0 || levelMax < 0 || episodeBudget < 0) {
      throw new IllegalArgumentException(
          "plateau_start="
              + plateauStart
              + ", plateau_min="
              + plateauMin
              + ", level_max="
              + levelMax
              + " and episode_budget="
              + episodeBudget
              + " must be non-negative");
    }
    if (plateauWindow < 0) {
      throw new IllegalArgumentException(
          "plateau_window=" + plateauWindow + " must be non-negative (0: the moving return)");
    }
    if (!(checkpointEvery >= 0) || Double.isInfinite(checkpointEvery)) {
      throw new IllegalArgumentException(
          "checkpoint_every=" + checkpointEvery + " must be finite and non-negative (seconds)");
    }
    if (!Set.of("steps", "episodes").contains(count)) {
      throw new IllegalArgumentException("count='" + count + "' must be steps or episodes");
    }
  }

  /**
   * Moves the keys of these settings that {@code settings} holds at its top level (a settings file,
   * or a config.json written before they were grouped) under {@link #KEY}; throws naming a key
   * given both ways.
   */
  static void group(ObjectNode settings, String where) {
    List<String> flat = keys().stream().filter(settings::has).toList();
    if (flat.isEmpty()) {
      return;
    }
    if (settings.has(KEY) && !(settings.get(KEY) instanceof ObjectNode)) {
      return; // the reader names the bad value
    }
    ObjectNode grouped =
        settings.has(KEY) ? (ObjectNode) settings.get(KEY) : settings.putObject(KEY);
    for (String k : flat) {
      if (grouped.has(k)) {
        throw new org.psro4j.cli.BadInputException(
            where + ": '" + k + "' is given both at the top level and under '" + KEY + "'");
      }
      grouped.set(k, settings.remove(k));
    }
  }

  private static <T> T pick(T a, T b) {
    return a != null ? a : b;
  }
}
