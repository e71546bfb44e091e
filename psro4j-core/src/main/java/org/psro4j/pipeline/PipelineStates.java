package org.psro4j.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.pipeline.PipelineProtocol.LevelEvent;
import org.psro4j.pipeline.PipelineProtocol.OpponentMix;
import org.psro4j.policy.Policy;
import org.psro4j.state.DriverState;
import org.psro4j.state.LearnerState;
import org.psro4j.state.PolicyRef;
import org.psro4j.state.PolicySlot;
import org.psro4j.state.PopulationView;
import org.psro4j.state.SlotRole;
import org.psro4j.state.StoppingState;

/**
 * A {@link PipelineManager} as a {@link DriverState} and back, so {@code RunDirectory} saves and
 * resumes it. The population holds each player's levels that have a policy (fixed ones {@link
 * SlotRole#FIXED}, training ones {@link SlotRole#ACTIVE}, up to the first level without a policy),
 * the meta-game their measured entries, the meta-strategy the solver's answer on the fixed table
 * (zero on active slots); the manager's own bookkeeping (levels, plateau memory, mixtures, every
 * entry with its versions, the timeline) is the learner state {@value #LEARNER}, whose blobs are
 * each level's policy and learner checkpoint. Leases and evaluations in flight are not saved: a
 * restored manager has no leases and queues its missing entries again.
 */
public final class PipelineStates {

  /** The learner-state name and kind of the manager's bookkeeping. */
  public static final String LEARNER = "pipeline";

  private static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private PipelineStates() {}

  /** Decodes a level's policy blob at one of its versions. */
  @FunctionalInterface
  public interface PolicyDecoder {
    /** The policy in {@code blob}, version {@code version} (from 1) of {@code player}'s level. */
    Policy decode(int player, int level, int version, byte[] blob);
  }

  /** The manager's state; policies are decoded from their blobs for {@code game}. */
  public static DriverState toDriverState(
      PipelineManager m, Game game, int iteration, double wallSeconds, boolean finished) {
    return toDriverState(
        m, iteration, wallSeconds, finished, (p, l, v, blob) -> Blobs.policy(blob, game));
  }

  /**
   * As {@link #toDriverState(PipelineManager, Game, int, double, boolean)}, each policy from {@code
   * decoder} (e.g. a cache that decodes a level's version once, instead of every level at every
   * call).
   */
  static DriverState toDriverState(
      PipelineManager m,
      int iteration,
      double wallSeconds,
      boolean finished,
      PolicyDecoder decoder) {
    List<List<PolicySlot>> slots = new ArrayList<>();
    EmpiricalGame metaGame = new EmpiricalGame(m.players());
    for (int p = 0; p < m.players(); p++) {
      List<PolicySlot> mine = new ArrayList<>();
      for (Level l : m.levels.get(p)) {
        if (!l.hasPolicy()) {
          break;
        }
        Policy policy = decoder.decode(p, l.index, l.version, l.policy);
        SlotRole role = l.phase == LevelPhase.FIXED ? SlotRole.FIXED : SlotRole.ACTIVE;
        mine.add(new PolicySlot(new PolicyRef(p, l.index, l.version - 1), role, policy));
        metaGame.addStrategy(p, "p" + p + "_level" + l.index);
      }
      slots.add(mine);
    }
    for (Map.Entry<List<Integer>, PayoffTable.Entry> e : m.table.all().entrySet()) {
      int[] profile = e.getKey().stream().mapToInt(Integer::intValue).toArray();
      boolean inside = true;
      for (int p = 0; p < profile.length; p++) {
        inside &= profile[p] < metaGame.size(p);
      }
      if (inside && e.getValue().episodes() == 0) {
        metaGame.setExact(profile, e.getValue().mean());
      } else if (inside) {
        metaGame.setSampled(
            profile, e.getValue().mean(), e.getValue().variance(), e.getValue().episodes());
      }
    }
    return new DriverState(
        iteration,
        wallSeconds,
        PopulationView.of(slots),
        metaGame,
        paddedMetaStrategy(m, metaGame.sizes()),
        new StoppingState(Double.POSITIVE_INFINITY, 0, finished),
        Map.of(LEARNER, bookkeeping(m)));
  }

  private static MetaStrategy paddedMetaStrategy(PipelineManager m, int[] sizes) {
    MetaStrategy fixed = m.fixedMetaStrategy();
    if (fixed == null) {
      return null;
    }
    List<List<Integer>> fixedLevels = m.fixedLevels();
    double[][] padded = new double[sizes.length][];
    for (int p = 0; p < sizes.length; p++) {
      padded[p] = new double[sizes[p]];
      double[] marginal = fixed.marginal(p);
      for (int k = 0; k < marginal.length; k++) {
        padded[p][fixedLevels.get(p).get(k)] = marginal[k];
      }
    }
    return MetaStrategy.restore(fixed.solver(), sizes, padded, null, fixed.gapKind(), fixed.gap());
  }

  private static LearnerState bookkeeping(PipelineManager m) {
    ObjectNode o = JSON.createObjectNode();
    o.put("version", VERSION);
    o.put("players", m.players());
    o.put("promotions", m.promotions);
    o.put("table_updates", m.tableUpdates);
    o.put("next_request", m.requests.nextRequest);
    Map<String, byte[]> blobs = new LinkedHashMap<>();
    ArrayNode levels = o.putArray("levels");
    for (List<Level> mine : m.levels) {
      for (Level l : mine) {
        ObjectNode n = levels.addObject();
        n.put("player", l.player).put("level", l.index);
        n.put("phase", l.phase.name().toLowerCase(Locale.ROOT));
        n.put("version", l.version).put("steps", l.steps).put("episodes", l.episodes);
        putFinite(n, "reward", l.reward);
        n.put("plateau_next", l.plateau.nextCheck());
        putFinite(n, "plateau_previous", l.plateau.previousReward());
        n.put("mix_steps", l.mixSteps).put("fix_reason", l.fixReason);
        n.put("mix_promotions", l.mixPromotions);
        if (l.mix != null) {
          n.put("mix_version", l.mix.version());
          n.set("mix", JSON.valueToTree(l.mix.weights()));
        }
        String stem = "p" + l.player + "_l" + l.index;
        if (l.policy != null) {
          blobs.put(stem + ".policy", l.policy);
        }
        if (l.checkpoint != null) {
          blobs.put(stem + ".checkpoint", l.checkpoint);
        }
      }
    }
    ArrayNode table = o.putArray("table");
    for (Map.Entry<List<Integer>, PayoffTable.Entry> e : m.table.all().entrySet()) {
      ObjectNode n = table.addObject();
      n.set("slots", JSON.valueToTree(e.getKey()));
      n.set("versions", JSON.valueToTree(e.getValue().versions()));
      n.set("mean", JSON.valueToTree(e.getValue().mean()));
      n.set("variance", JSON.valueToTree(e.getValue().variance()));
      n.put("episodes", e.getValue().episodes());
    }
    o.set("timeline", JSON.valueToTree(m.timeline));
    try {
      return new LearnerState(LEARNER, JSON.writeValueAsString(o), blobs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The manager saved in {@code state} (by {@link #toDriverState}), continuing with {@code
   * settings} and {@code solver}; fails naming the problem when the state holds no manager.
   */
  public static PipelineManager fromDriverState(
      DriverState state, PipelineSettings settings, MetaSolver solver) {
    LearnerState saved = state.learners().get(LEARNER);
    if (saved == null || !saved.kind().equals(LEARNER)) {
      throw new IllegalArgumentException("the run state holds no Pipeline PSRO manager");
    }
    JsonNode o;
    try {
      o = JSON.readTree(saved.json());
      if (o.path("version").asInt() != VERSION) {
        throw new IllegalArgumentException(
            "pipeline manager state version " + o.path("version") + ", expected " + VERSION);
      }
      PipelineManager m = new PipelineManager(settings, solver, o.path("players").asInt());
      m.promotions = o.path("promotions").asLong();
      m.tableUpdates = o.path("table_updates").asLong();
      m.requests.nextRequest = o.path("next_request").asLong();
      for (JsonNode n : o.path("levels")) {
        Level l = new Level(n.path("player").asInt(), n.path("level").asInt());
        l.phase = LevelPhase.valueOf(n.path("phase").asText().toUpperCase(Locale.ROOT));
        l.version = n.path("version").asInt();
        l.steps = n.path("steps").asLong();
        l.episodes = n.path("episodes").asLong();
        l.reward = finite(n.get("reward"));
        l.plateau =
            new PlateauRule.Memory(
                n.path("plateau_next").asLong(), finite(n.get("plateau_previous")));
        l.mixSteps = n.path("mix_steps").asLong();
        l.mixPromotions = n.path("mix_promotions").asLong(m.promotions);
        l.fixReason = n.path("fix_reason").asText();
        if (n.has("mix")) {
          l.mix =
              new OpponentMix(
                  l.player,
                  l.index,
                  n.path("mix_version").asInt(),
                  JSON.treeToValue(n.get("mix"), double[][].class));
        }
        String stem = "p" + l.player + "_l" + l.index;
        l.policy = saved.blob(stem + ".policy");
        l.checkpoint = saved.blob(stem + ".checkpoint");
        if (l.index != m.levels.get(l.player).size()) {
          throw new IllegalArgumentException(
              "pipeline manager state lists " + stem + " out of order");
        }
        m.levels.get(l.player).add(l);
      }
      for (JsonNode n : o.path("table")) {
        m.table.put(
            JSON.treeToValue(n.get("slots"), int[].class),
            new PayoffTable.Entry(
                JSON.treeToValue(n.get("versions"), int[].class),
                JSON.treeToValue(n.get("mean"), double[].class),
                JSON.treeToValue(n.get("variance"), double[].class),
                n.path("episodes").asLong()));
      }
      for (JsonNode n : o.path("timeline")) {
        m.timeline.add(JSON.treeToValue(n, LevelEvent.class));
      }
      m.requests.requestMissing(m.levels, m.table);
      return m;
    } catch (IOException e) {
      throw new IllegalArgumentException("pipeline manager state is not valid: " + e.getMessage());
    }
  }

  private static void putFinite(ObjectNode n, String key, double v) {
    if (Double.isFinite(v)) {
      n.put(key, v);
    } else {
      n.putNull(key);
    }
  }

  private static double finite(JsonNode n) {
    return n == null || n.isNull() ? Double.NaN : n.asDouble();
  }
}
