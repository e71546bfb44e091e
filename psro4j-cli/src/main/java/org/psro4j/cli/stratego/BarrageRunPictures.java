package org.psro4j.cli.stratego;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.games.stratego.BarrageBots;
import org.psro4j.games.stratego.BarrageStratego;
import org.psro4j.policy.Policy;
import org.psro4j.state.PopulationView;

/**
 * The picture of a game in the report of a {@code barrage_stratego} run: the newest policy of
 * player 0 against the heuristic bot on the run's game, with a fixed seed ({@value #FILE}, drawn by
 * {@link BarrageGamePicture}).
 */
public final class BarrageRunPictures {

  /** The picture's file name under {@code plots/}. */
  public static final String FILE = "barrage_game.png";

  /** The seed of the pictured game's action draws. */
  static final long SEED = 42L;

  /** The bot the newest policy plays. */
  static final String OPPONENT = "heuristic";

  private BarrageRunPictures() {}

  /** What the picture of a run on {@code game} shows, for the report. */
  public static String caption(String game) {
    return "One game of player 0's newest policy (red) against the heuristic bot (blue) on the"
        + " run's game, seed "
        + SEED
        + ". (a) Both setups, every rank shown; pale pieces were never revealed to the opponent,"
        + " a corner × marks a piece that fell. (b) The end: the pieces left, every move as a line"
        + " (faint early, strong late), a × where a piece fell, the last move as a thick arrow;"
        + " the combats are listed below the boards. Other games: psro4j stratego play --game '"
        + game
        + "' --p0 DIR/policies/p0_K.json --p1 heuristic --seed N --picture FILE.png";
  }

  /**
   * The picture, or none when the run is not on barrage_stratego ({@code game} null or another) or
   * its checkpoint's population could not be read ({@code population} null); {@code names} are
   * player 0's policy names (the newest is the picture's label), empty when unknown.
   */
  public static Map<String, byte[]> draw(Game game, PopulationView population, List<String> names) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (!(game instanceof BarrageStratego barrage) || population == null) {
      return out;
    }
    List<Policy> policies = population.of(0);
    String name = names.isEmpty() ? "p0_" + (policies.size() - 1) : names.getLast();
    Policy[] profile = {policies.getLast(), BarrageBots.create(OPPONENT, barrage)};
    BarrageGameRecord record =
        BarrageGameRecord.play(barrage, profile, List.of(name, OPPONENT), SEED);
    out.put(FILE, BarrageGamePicture.draw(record));
    return out;
  }
}
