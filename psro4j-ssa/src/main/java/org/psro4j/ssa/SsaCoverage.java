package org.psro4j.ssa;

import org.psro4j.game.Game;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameSpec;
import org.psro4j.game.GameType;
import org.psro4j.game.State;

/**
 * {@code ssa_coverage}: two satellite operators, Blue (player 0) and Red (player 1), task sensor
 * constellations over a shared catalogue of resident space objects (the space-situational-
 * awareness application of Lanctot et al., "A Unified Game-Theoretic Approach to Multiagent
 * Reinforcement Learning", NeurIPS 2017, PSRO; see {@code reference/seeds/psro-lesson-ssa.md}).
 *
 * <p><b>Scenario.</b> Each side flies a Walker-delta constellation of {@code sats} sensors in
 * {@code planes} planes at its own altitude, inclination and phasing; {@code objects} LEO and MEO
 * objects come from {@code seed}, a fraction {@code contested} of interest to both sides and the
 * rest split between them. Orbits are two-body + J2 secular, tabulated once per game at every step
 * time ({@link SsaScenario}); visibility is Earth occlusion plus {@code range_km}.
 *
 * <p><b>Moves: one simultaneous node per sensor.</b> A side's joint tasking of all its sensors in
 * one step has (K+2)^sats combinations, too many for one int action, so a step is played as {@code
 * sats} simultaneous sub-steps: at sub-step i both players task their own sensor i at once. Neither
 * sees the other's choice; each sees its own earlier choices of the step (the observation marks
 * objects its sensors already task). The step resolves after the last sub-step: dazzles first, then
 * observations, custody, rewards. So {@code maxGameLength = steps · sats}, actions are small ints,
 * and {@link State#legalActions(int)} is exact for each sensor.
 *
 * <p><b>Actions of the sensor deciding now.</b> Discrete ({@code actions=discrete}): {@code 0..K-1}
 * observe the k-th nearest visible object (only as many as it sees are legal), {@code K} idle.
 * Continuous ({@code actions=continuous}): the pointing direction is discretised on a grid of
 * {@code pointings} nearly uniform unit vectors in the sensor's local orbital frame (radial,
 * along-track, orbit normal): {@code 0..G-1} point along direction g and observe every visible
 * object within {@code fov_deg/2} of it, {@code G} idle; a policy with a truly continuous output
 * maps its direction to the nearest grid vector. With {@code dazzle=true}, {@code idle+1+j} dazzles
 * the j-th nearest opponent sensor within range and line of sight (up to K), denying that sensor's
 * observation this step; a dazzling sensor observes nothing itself.
 *
 * <p><b>Custody.</b> Each side keeps a track age per object (steps since it last observed it).
 * Objects manoeuvre at steps drawn per episode; a side that has not observed the object within
 * {@code tolerance_minutes} of a manoeuvre loses custody, as it does for a track older than {@code
 * stale_hours}; observing it again restores custody. Custody value per object is 1 − age/stale
 * while held, 0 when lost. Each side sees only noisy predictions of manoeuvre times.
 *
 * <p><b>Payoffs</b> (per step, {@link GameType.RewardModel#REWARDS}; returns are their sum).
 * Zero-sum: Blue gets [Σ over contested (value_Blue − value_Red) + Σ over Blue's own value_Blue − Σ
 * over Red's own value_Red] / (max interest count · steps); Red gets minus that; returns lie in
 * [−1, 1]. General-sum: each side gets [mean custody value over the objects it cares about − {@code
 * sensor_cost} · (sensors used / sats)] / steps; returns lie in [−sensor_cost, 1].
 *
 * <p><b>Chance and information.</b> The opening chance node picks one of {@code episodes} equally
 * likely episode indices ({@link GameType.ChanceMode#EXPLICIT_STOCHASTIC}); the index seeds
 * manoeuvres, predictions and initial track ages ({@link SsaEpisode}); everything after is
 * deterministic, so evaluations can replay the same episodes. Imperfect information: each side sees
 * its sensors, what they can see, its own track ages and predicted manoeuvre times, never the other
 * side's tasking or tracks. The game provides observation tensors of fixed size ({@link
 * #observationTensorSize()}); it provides no information-state strings or tensors (it is too large
 * to walk exactly, and a recurrent policy over observations is the intended learner).
 */
public final class SsaCoverage implements Game {

  /** Registry entry. */
  public static final GameSpec SPEC =
      new GameSpec(
          "ssa_coverage",
          "Space situational awareness: two operators task Walker sensor constellations for custody",
          SsaSettings.PARAMETERS,
          SsaCoverage::new);

  private final GameParameters parameters;
  private final SsaSettings settings;
  private final SsaScenario scenario;
  private final GameType type;
  private final int[][][] legalActions;

  /** Builds the game from resolved parameters (use {@code Games.load}). */
  public SsaCoverage(GameParameters parameters) {
    this.parameters = parameters;
    this.settings = SsaSettings.from(parameters);
    this.scenario = new SsaScenario(settings);
    this.type =
        new GameType(
            "ssa_coverage",
            "SSA constellation coverage",
            GameType.Dynamics.SIMULTANEOUS,
            GameType.ChanceMode.EXPLICIT_STOCHASTIC,
            GameType.Information.IMPERFECT,
            settings.flavour() == SsaSettings.Flavour.ZERO_SUM
                ? GameType.Utility.ZERO_SUM
                : GameType.Utility.GENERAL_SUM,
            GameType.RewardModel.REWARDS,
            false,
            false,
            true);
    int slots = settings.taskingSlots();
    int maxDazzle = settings.dazzle() ? settings.candidates() : 0;
    this.legalActions = new int[slots + 1][maxDazzle + 1][];
    for (int c = 0; c <= slots; c++) {
      for (int d = 0; d <= maxDazzle; d++) {
        int[] legal = new int[c + 1 + d];
        for (int k = 0; k < c; k++) {
          legal[k] = k;
        }
        for (int k = 0; k <= d; k++) {
          legal[c + k] = slots + k;
        }
        legalActions[c][d] = legal;
      }
    }
  }

  /** The validated settings. */
  public SsaSettings settings() {
    return settings;
  }

  /** Orbits, catalogue, interests and visibility, shared by every state. */
  public SsaScenario scenario() {
    return scenario;
  }

  /** The idle action: K (discrete) or the number of pointings (continuous). */
  public int idleAction() {
    return settings.taskingSlots();
  }

  /** The action that dazzles the {@code rank}-th nearest opponent sensor in range. */
  public int dazzleAction(int rank) {
    if (!settings.dazzle()) {
      throw new IllegalStateException("dazzling is off in " + this);
    }
    return idleAction() + 1 + rank;
  }

  /** Legal actions with c tasking slots and d dazzle targets; shared, never hand out. */
  int[] legal(int taskingSlots, int dazzleTargets) {
    return legalActions[taskingSlots][dazzleTargets];
  }

  @Override
  public GameType type() {
    return type;
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }

  @Override
  public int numPlayers() {
    return 2;
  }

  @Override
  public int numDistinctActions() {
    return settings.taskingSlots() + 1 + (settings.dazzle() ? settings.candidates() : 0);
  }

  @Override
  public int maxChanceOutcomes() {
    return settings.episodes();
  }

  @Override
  public double minUtility() {
    return settings.flavour() == SsaSettings.Flavour.ZERO_SUM ? -1 : -settings.sensorCost();
  }

  @Override
  public double maxUtility() {
    return 1;
  }

  /** One simultaneous move per sensor per step. */
  @Override
  public int maxGameLength() {
    return settings.steps() * settings.sats();
  }

  @Override
  public SsaState newInitialState() {
    return new SsaState(this);
  }

  @Override
  public int observationTensorSize() {
    return SsaObserver.size(settings);
  }

  @Override
  public String toString() {
    return parameters.toString();
  }
}
