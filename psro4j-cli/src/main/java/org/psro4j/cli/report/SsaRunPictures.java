package org.psro4j.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.psro4j.cli.ssa.SsaPictures;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.run.RunDirectory;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.evaluation.CustodyTimeline;
import org.psro4j.state.DriverState;

/**
 * The space-situational-awareness pictures of a run on {@code ssa_coverage}: both constellations
 * and the objects at mid-window, and the custody timeline of one episode played by each side's
 * highest-weight policy in the final meta-strategy.
 */
final class SsaRunPictures {

  private SsaRunPictures() {}

  /** The pictures, or none when the run is not on ssa_coverage or has no checkpoint. */
  static Map<String, byte[]> draw(Path runDir, JsonNode config, JsonNode lastEvent) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (config == null || !config.path("game").asText("").startsWith("ssa_coverage")) {
      return out;
    }
    Game loaded = Games.load(config.path("game").asText());
    if (!(loaded instanceof SsaCoverage game) || lastEvent == null) {
      return out;
    }
    DriverState state;
    try {
      state = RunDirectory.checkpoint(runDir, game).state();
    } catch (IllegalArgumentException noCheckpoint) {
      return out;
    }
    out.put("ground_track.png", SsaPictures.groundTrack(game, game.settings().hours() / 2.0));
    Policy[] chosen = new Policy[2];
    String[] names = new String[2];
    for (int p = 0; p < 2; p++) {
      JsonNode weights = lastEvent.path("marginals").path(p);
      int best = 0;
      for (int k = 1; k < weights.size(); k++) {
        if (weights.get(k).asDouble() > weights.get(best).asDouble()) {
          best = k;
        }
      }
      chosen[p] = state.population().of(p).get(best);
      names[p] = state.names(p).get(best);
    }
    CustodyTimeline timeline = CustodyTimeline.play(game, chosen[0], chosen[1], 0, 42L);
    out.put("custody_timeline.png", SsaPictures.custodyTimeline(timeline, names[0], names[1]));
    return out;
  }
}
