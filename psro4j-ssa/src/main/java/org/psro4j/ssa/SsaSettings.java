package org.psro4j.ssa;

import java.util.List;
import org.psro4j.game.GameParameters;
import org.psro4j.game.ParameterSpec;

/**
 * The validated parameters of {@code ssa_coverage(...)}, with their defaults in {@link #PARAMETERS}
 * (canonical order).
 *
 * @param sats sensor satellites per side (a multiple of {@code planes})
 * @param planes orbital planes per side
 * @param objects resident space objects in the shared catalogue
 * @param hours length of the window
 * @param stepMinutes minutes per step; {@code hours·60} must be a multiple
 * @param rangeKm largest sensor-to-target distance for an observation or a dazzle
 * @param fovDeg full cone angle of a sensor's field of view (continuous actions)
 * @param contested fraction of objects of interest to both sides
 * @param flavour zero-sum or general-sum payoffs
 * @param actions discrete tasking or continuous (gridded) pointing
 * @param dazzle whether a sensor may dazzle an opponent sensor instead of observing
 * @param candidates K: visible objects offered per sensor (discrete), dazzle targets per sensor
 * @param pointings pointing directions per sensor (continuous)
 * @param toleranceMinutes an object must be observed this close to a manoeuvre to keep custody
 * @param staleHours a track this old is lost even without a manoeuvre
 * @param predictionSigmaMinutes standard deviation of each side's manoeuvre-time prediction
 * @param manoeuvresPerDay mean manoeuvres per object per day (Poisson)
 * @param sensorCost general-sum cost per sensor used per step, relative to full custody
 * @param episodes number of distinct episodes the initial chance node chooses from
 * @param seed scenario seed: catalogue orbits, interests, and the episodes' randomness
 */
public record SsaSettings(
    int sats,
    int planes,
    int objects,
    int hours,
    int stepMinutes,
    double rangeKm,
    double fovDeg,
    double contested,
    Flavour flavour,
    ActionMode actions,
    boolean dazzle,
    int candidates,
    int pointings,
    int toleranceMinutes,
    int staleHours,
    double predictionSigmaMinutes,
    double manoeuvresPerDay,
    double sensorCost,
    int episodes,
    int seed) {

  /** Payoff flavour. */
  public enum Flavour {
    /**
     * Blue's relative custody of contested objects plus own-coverage difference; Red gets minus.
     */
    ZERO_SUM,
    /** Each side's own custody value minus a sensor-use cost. */
    GENERAL_SUM
  }

  /** How a sensor is tasked. */
  public enum ActionMode {
    /** Pick one of the K nearest visible objects. */
    DISCRETE,
    /** Point along one of a grid of directions and observe everything visible in the cone. */
    CONTINUOUS
  }

  /** The parameters {@code ssa_coverage} accepts, in canonical order, with defaults. */
  public static final List<ParameterSpec> PARAMETERS =
      List.of(
          new ParameterSpec("sats", 12, "sensor satellites per side (Walker-delta)"),
          new ParameterSpec("planes", 6, "orbital planes per side; sats must be a multiple"),
          new ParameterSpec("objects", 40, "resident space objects (LEO and MEO)"),
          new ParameterSpec("hours", 72, "length of the window in hours"),
          new ParameterSpec("step_minutes", 10, "minutes per step"),
          new ParameterSpec("range_km", 15000.0, "largest observation and dazzle distance, km"),
          new ParameterSpec("fov_deg", 20.0, "full field-of-view cone angle (continuous actions)"),
          new ParameterSpec("contested", 0.5, "fraction of objects of interest to both sides"),
          new ParameterSpec("flavour", "zero_sum", "zero_sum or general_sum"),
          new ParameterSpec(
              "actions", "discrete", "discrete (K candidates) or continuous (pointing)"),
          new ParameterSpec("dazzle", false, "sensors may dazzle an opponent sensor in range"),
          new ParameterSpec("candidates", 6, "K: objects (and dazzle targets) offered per sensor"),
          new ParameterSpec("pointings", 64, "pointing directions per sensor (continuous)"),
          new ParameterSpec("tolerance_minutes", 30, "observe this close to a manoeuvre"),
          new ParameterSpec("stale_hours", 12, "a track this old is lost"),
          new ParameterSpec("prediction_sigma_minutes", 60.0, "manoeuvre prediction noise"),
          new ParameterSpec("manoeuvres_per_day", 1.0, "mean manoeuvres per object per day"),
          new ParameterSpec("sensor_cost", 0.05, "general-sum cost of a used sensor per step"),
          new ParameterSpec("episodes", 1000, "distinct episodes the opening chance node picks"),
          new ParameterSpec("seed", 0, "scenario seed"));

  public SsaSettings {
    require(sats >= 1 && sats <= 64, "sats", sats, "must be between 1 and 64");
    require(planes >= 1 && planes <= sats, "planes", planes, "must be between 1 and sats=" + sats);
    require(sats % planes == 0, "sats", sats, "must be a multiple of planes=" + planes);
    require(objects >= 1 && objects <= 1000, "objects", objects, "must be between 1 and 1000");
    require(hours >= 1, "hours", hours, "must be at least 1");
    require(stepMinutes >= 1, "step_minutes", stepMinutes, "must be at least 1");
    require(
        hours * 60 % stepMinutes == 0,
        "step_minutes",
        stepMinutes,
        "must divide hours·60=" + hours * 60);
    require(rangeKm > 0 && Double.isFinite(rangeKm), "range_km", rangeKm, "must be positive");
    require(fovDeg > 0 && fovDeg <= 180, "fov_deg", fovDeg, "must be in (0, 180]");
    require(contested >= 0 && contested <= 1, "contested", contested, "must be in [0, 1]");
    require(candidates >= 1 && candidates <= 64, "candidates", candidates, "must be in 1..64");
    require(pointings >= 1 && pointings <= 4096, "pointings", pointings, "must be in 1..4096");
    require(toleranceMinutes >= 0, "tolerance_minutes", toleranceMinutes, "must be >= 0");
    require(staleHours >= 1, "stale_hours", staleHours, "must be at least 1");
    require(
        predictionSigmaMinutes >= 0 && Double.isFinite(predictionSigmaMinutes),
        "prediction_sigma_minutes",
        predictionSigmaMinutes,
        "must be >= 0");
    require(
        manoeuvresPerDay >= 0 && manoeuvresPerDay <= 100,
        "manoeuvres_per_day",
        manoeuvresPerDay,
        "must be in [0, 100]");
    require(sensorCost >= 0 && sensorCost <= 1, "sensor_cost", sensorCost, "must be in [0, 1]");
    require(episodes >= 1 && episodes <= 1_000_000, "episodes", episodes, "must be in 1..1e6");
  }

  private static void require(boolean ok, String name, Object value, String rule) {
    if (!ok) {
      throw new IllegalArgumentException("ssa_coverage: " + name + "=" + value + " " + rule);
    }
  }

  /** Reads and validates resolved game parameters. */
  public static SsaSettings from(GameParameters p) {
    return new SsaSettings(
        p.getInt("sats"),
        p.getInt("planes"),
        p.getInt("objects"),
        p.getInt("hours"),
        p.getInt("step_minutes"),
        p.getDouble("range_km"),
        p.getDouble("fov_deg"),
        p.getDouble("contested"),
        parse(Flavour.class, "flavour", p.getString("flavour")),
        parse(ActionMode.class, "actions", p.getString("actions")),
        p.getBoolean("dazzle"),
        p.getInt("candidates"),
        p.getInt("pointings"),
        p.getInt("tolerance_minutes"),
        p.getInt("stale_hours"),
        p.getDouble("prediction_sigma_minutes"),
        p.getDouble("manoeuvres_per_day"),
        p.getDouble("sensor_cost"),
        p.getInt("episodes"),
        p.getInt("seed"));
  }

  private static <E extends Enum<E>> E parse(Class<E> kind, String name, String value) {
    for (E e : kind.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : kind.getEnumConstants()) {
      allowed.append(allowed.isEmpty() ? "" : ", ").append(e.name().toLowerCase());
    }
    throw new IllegalArgumentException(
        "ssa_coverage: " + name + "=" + value + " is not one of " + allowed);
  }

  /** Decision steps in the window. */
  public int steps() {
    return hours * 60 / stepMinutes;
  }

  /** Seconds per step. */
  public double stepSeconds() {
    return stepMinutes * 60.0;
  }

  /** The manoeuvre tolerance in whole steps (rounded). */
  public int toleranceSteps() {
    return (int) Math.round((double) toleranceMinutes / stepMinutes);
  }

  /** The staleness horizon in whole steps, at least 1. */
  public int staleSteps() {
    return Math.max(1, (int) Math.round(staleHours * 60.0 / stepMinutes));
  }

  /** Action slots before the idle action: K candidates or the pointing directions. */
  public int taskingSlots() {
    return actions == ActionMode.DISCRETE ? candidates : pointings;
  }
}
