package org.psro4j.cli.stratego;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.games.stratego.BarrageBots;
import org.psro4j.games.stratego.BarrageStratego;
import org.psro4j.policy.Policy;
import org.psro4j.run.RunDirectory;
import org.psro4j.state.DriverState;

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

  /** The picture, or none when the run is not on barrage_stratego or has no checkpoint. */
  public static Map<String, byte[]> draw(Path runDir, JsonNode config) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    String gameString = config == null ? "" : config.path("game").asText("");
    if (!gameString.startsWith(BarrageStratego.SPEC.name())) {
      return out;
    }
    Game loaded = Games.load(gameString);
    if (!(loaded instanceof BarrageStratego game)) {
      return out;
    }
    DriverState state;
    try {
      state = RunDirectory.checkpoint(runDir, game).state();
    } catch (IllegalArgumentException | UncheckedIOException noCheckpoint) {
      return out;
    }
    Policy newest = state.population().of(0).getLast();
    String name = state.names(0).getLast();
    Policy[] profile = {newest, BarrageBots.create(OPPONENT, game)};
    BarrageGameRecord record = BarrageGameRecord.play(game, profile, List.of(name, OPPONENT), SEED);
    out.put(FILE, BarrageGamePicture.draw(record));
    return out;
  }
}
