package org.psro4j.cli.ctf;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.TeamView;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfBots;
import org.psro4j.games.ctf.CtfMatch;
import org.psro4j.games.ctf.CtfState;
import org.psro4j.policy.Policy;
import org.psro4j.policy.SharedSeatPolicy;
import org.psro4j.run.RunDirectory;
import org.psro4j.state.DriverState;

/**
 * The picture of an episode in the report of a team run on capture_the_flag: the newest policy of
 * the red team on both red seats against a pair of attacker bots, every path, tag, pickup and
 * capture drawn on the map ({@code ctf_episode.png}).
 */
public final class CtfRunPictures {

  /** The seed of the pictured episode's action draws. */
  static final long SEED = 42L;

  private CtfRunPictures() {}

  /** The picture, or none when the run is not a team run on capture_the_flag or has no state. */
  public static Map<String, byte[]> draw(Path runDir, JsonNode config) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    String gameString = config == null ? "" : config.path("game").asText("");
    if (!gameString.startsWith(TeamView.SPEC.name())) {
      return out;
    }
    Game loaded = Games.load(gameString);
    if (!(loaded instanceof TeamView view) || !(view.seatGame() instanceof CaptureTheFlag ctf)) {
      return out;
    }
    DriverState state;
    try {
      state = RunDirectory.checkpoint(runDir, view).state();
    } catch (IllegalArgumentException noCheckpoint) {
      return out;
    }
    List<Policy> red = state.population().of(0);
    Policy newest = red.getLast();
    String name = state.names(0).getLast();
    Policy seat = newest instanceof SharedSeatPolicy s ? s.seatPolicy() : newest;
    Policy attacker = CtfBots.create("attacker", ctf);
    int n = ctf.numPlayers();
    Policy[] profile = new Policy[n];
    String[] labels = new String[n];
    for (int p = 0; p < n; p++) {
      boolean isRed = CaptureTheFlag.team(p) == 0;
      profile[p] = isRed ? seat : attacker;
      labels[p] = isRed ? name : "attacker";
    }
    List<CtfState> frames = CtfMatch.frames(ctf, profile, new SplittableRandom(SEED));
    CtfState last = frames.getLast();
    String title =
        name
            + " (red) vs attacker bots (blue), "
            + last.captures(0)
            + ":"
            + last.captures(1)
            + ", seed "
            + SEED;
    out.put("ctf_episode.png", CtfTracePicture.draw(frames, title, labels));
    return out;
  }
}
