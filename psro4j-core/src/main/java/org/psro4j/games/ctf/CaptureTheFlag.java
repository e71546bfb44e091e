package org.psro4j.games.ctf;

import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameSpec;
import org.psro4j.game.GameType;
import org.psro4j.game.ParameterSpec;
import org.psro4j.game.State;

/**
 * {@code capture_the_flag}: two teams on a grid arena, each with a base and a flag; carry the enemy
 * flag to your own base to score. After Melting Pot's {@code paintball__capture_the_flag} substrate
 * (Agapiou et al., "Melting Pot 2.0", 2022), the 2v2 team game of NeuPL-JPSRO (Liu et al., "NeuPL:
 * Neural Population Learning", ICLR 2022; "Simplex Neural Population Learning", ICML 2022),
 * simplified to a small grid that suits a laptop.
 *
 * <p><b>Arena and teams.</b> A {@code size}×{@code size} point-symmetric grid ({@link CtfArena})
 * with a few wall blocks. Even players form team red (home at the top), odd players team blue (home
 * at the bottom), as Melting Pot assigns them; each team's flag starts on its home tile.
 *
 * <p><b>Moves</b> (all players at once, every step): 0 stay, 1 forward, 2 backward, 3 step left, 4
 * step right, 5 turn left, 6 turn right, 7 tag (Melting Pot's action set with one beam). Moves are
 * relative to the player's facing. The tag beam runs {@code beam} cells ahead and stops at walls
 * and at the first player; an opponent it hits is out (friendly fire is impossible, a teammate
 * blocks the beam). A tagged player leaves the map, drops any flag it carries where it stood, and
 * respawns on its team's spawn cell {@code respawn} steps later (Melting Pot waits 80 frames of
 * 1000). A player who is out has only action 0.
 *
 * <p><b>One step</b> resolves deterministically and independently of player order: tags (from
 * positions before moving, so two players can tag each other), turns, moves (a move fails into a
 * wall, onto a cell another player also enters or keeps, or through a player coming the other way),
 * flags (a player on the enemy flag picks it up; a player on its own dropped flag returns it home),
 * captures (a player carrying the enemy flag onto its own home tile while its own flag is home
 * scores; the enemy flag goes home), respawns. The game ends after {@code horizon} steps.
 *
 * <p><b>Rewards</b> (per step). A capture gives +1 to each member of the scoring team and −1 to
 * each opponent: zero-sum between the teams. With {@code shaping} &gt; 0 the game is general-sum
 * (the variant JPSRO needs): a player also gets {@code shaping} for tagging an opponent, again for
 * tagging the carrier of its own flag, for picking up the enemy flag and for returning its own
 * (Melting Pot's {@code rewardForZapping}, {@code extraRewardForZappingFlagCarrier}, {@code
 * rewardForPickingUpOpposingFlag}, {@code rewardForReturningFlag}). With {@code progress} &gt; 0
 * (also general-sum) a player gets potential-based shaping for getting closer to scoring ({@link
 * CtfProgress}: toward the enemy flag, then home with it), whose sum over an episode is bounded.
 *
 * <p><b>What players see</b> ({@link CtfObserver}): an egocentric window of {@code view} cells
 * around the player, rotated so that its facing is up, with walls, teammates, opponents, flags and
 * home tiles; and always its own flag's state and place, the direction of both home tiles, whether
 * it or its teammate carries the enemy flag, the time left and the score. The information state is
 * the player's own history of actions and observations.
 *
 * <p>Parameters: {@code players} (4; 2 for one against one), {@code size} (13, odd, 7 to 31),
 * {@code horizon} (200 steps), {@code view} (4: a 9×9 window), {@code beam} (3), {@code respawn}
 * (10 steps), {@code shaping} (0.0: zero-sum), {@code progress} (0.0). No chance: an episode is
 * determined by the players' choices.
 */
public final class CaptureTheFlag implements Game, org.psro4j.game.TeamGame {

  /** Registry entry. */
  public static final GameSpec SPEC =
      new GameSpec(
          "capture_the_flag",
          "Capture the flag on a grid, two teams of two, egocentric partial views (Melting Pot)",
          List.of(
              new ParameterSpec("players", 4, "2 or 4; even players are red, odd players blue"),
              new ParameterSpec("size", 13, "side of the square arena, odd, 7 to 31"),
              new ParameterSpec("horizon", 200, "steps per episode, 1 to 10000"),
              new ParameterSpec("view", 4, "cells seen on each side of the player, 1 to 15"),
              new ParameterSpec("beam", 3, "reach of the tag beam in cells, 1 to 15"),
              new ParameterSpec("respawn", 10, "steps a tagged player stays out, 1 to 1000"),
              new ParameterSpec(
                  "shaping",
                  0.0,
                  "individual reward for tags, pickups and returns; >0 general-sum"),
              new ParameterSpec(
                  "progress",
                  0.0,
                  "potential-based reward for getting closer to scoring; >0 general-sum")),
          CaptureTheFlag::new);

  /** Number of distinct actions. */
  public static final int NUM_ACTIONS = 8;

  private final GameParameters parameters;
  final int players;
  final int horizon;
  final int view;
  final int beam;
  final int respawn;
  final double shaping;
  final double progress;
  final CtfArena arena;
  private final GameType type;
  private final int maxCaptures;
  private final double progressRange;

  CaptureTheFlag(GameParameters parameters) {
    this.parameters = parameters;
    this.players = parameters.getInt("players");
    int size = parameters.getInt("size");
    this.horizon = parameters.getInt("horizon");
    this.view = parameters.getInt("view");
    this.beam = parameters.getInt("beam");
    this.respawn = parameters.getInt("respawn");
    this.shaping = parameters.getDouble("shaping");
    this.progress = parameters.getDouble("progress");
    if (players != 2 && players != 4) {
      throw new IllegalArgumentException(
          "capture_the_flag: players=" + players + " must be 2 or 4");
    }
    if (size < 7 || size > 31 || size % 2 == 0) {
      throw new IllegalArgumentException(
          "capture_the_flag: size=" + size + " must be odd and between 7 and 31");
    }
    check("horizon", horizon, 10000);
    check("view", view, 15);
    check("beam", beam, 15);
    check("respawn", respawn, 1000);
    if (!(shaping >= 0 && shaping <= 100)) {
      throw new IllegalArgumentException(
          "capture_the_flag: shaping=" + shaping + " must be between 0 and 100");
    }
    if (!(progress >= 0 && progress <= 100)) {
      throw new IllegalArgumentException(
          "capture_the_flag: progress=" + progress + " must be between 0 and 100");
    }
    this.arena = new CtfArena(size);
    this.progressRange = progress == 0 ? 0 : progress * CtfProgress.range(arena);
    // Consecutive captures by one team are at least the home-to-home distance apart.
    int homes = arena.distance(arena.home(0), arena.home(1));
    this.maxCaptures = horizon / homes + 1;
    this.type =
        new GameType(
            "capture_the_flag",
            "Capture the flag",
            GameType.Dynamics.SIMULTANEOUS,
            GameType.ChanceMode.DETERMINISTIC,
            GameType.Information.IMPERFECT,
            shaping > 0 || progress > 0 ? GameType.Utility.GENERAL_SUM : GameType.Utility.ZERO_SUM,
            GameType.RewardModel.REWARDS,
            true,
            true,
            true);
  }

  private static void check(String name, int value, int max) {
    if (value < 1 || value > max) {
      throw new IllegalArgumentException(
          "capture_the_flag: " + name + "=" + value + " must be between 1 and " + max);
    }
  }

  /** The team of {@code player}: 0 (red) for even players, 1 (blue) for odd ones. */
  public static int team(int player) {
    return player % 2;
  }

  /** Two teams: red (even seats) and blue (odd seats). */
  @Override
  public int numTeams() {
    return 2;
  }

  @Override
  public int teamOf(int player) {
    return team(player);
  }

  /** The facing bit is relative to the team's attack direction: views are colour-symmetric. */
  @Override
  public boolean teamSymmetric() {
    return true;
  }

  /** Side of the square arena. */
  public int size() {
    return arena.size;
  }

  /** Steps per episode. */
  public int horizon() {
    return horizon;
  }

  /** An upper bound on one team's captures in an episode. */
  public int maxCaptures() {
    return maxCaptures;
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
    return players;
  }

  @Override
  public int numDistinctActions() {
    return NUM_ACTIONS;
  }

  @Override
  public int maxChanceOutcomes() {
    return 0;
  }

  @Override
  public double minUtility() {
    return -maxCaptures - progressRange;
  }

  /**
   * Captures plus at most four shaping terms per step (two for a tag, a pickup, a return) plus the
   * progress shaping's largest sum.
   */
  @Override
  public double maxUtility() {
    return maxCaptures + 4 * shaping * horizon + progressRange;
  }

  @Override
  public int maxGameLength() {
    return horizon;
  }

  @Override
  public State newInitialState() {
    return new CtfState(this);
  }

  @Override
  public int observationTensorSize() {
    return CtfObserver.observationSize(view);
  }

  @Override
  public int informationStateTensorSize() {
    return CtfObserver.informationStateSize(view, players);
  }

  @Override
  public String toString() {
    return parameters.toString();
  }
}
