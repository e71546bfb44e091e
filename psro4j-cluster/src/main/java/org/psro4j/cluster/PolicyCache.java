package org.psro4j.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.psro4j.game.Game;
import org.psro4j.pipeline.Blobs;
import org.psro4j.pipeline.PipelineProtocol.OpponentMix;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;

/**
 * A member's copies of the policies the manager sent it, decoded once per version and kept at the
 * newest version per (player, slot): a level trains against the latest snapshots of lower levels.
 */
final class PolicyCache {

  private record Held(int version, Policy policy) {}

  private final Game game;
  private final Map<String, Held> held = new ConcurrentHashMap<>();

  PolicyCache(Game game) {
    this.game = game;
  }

  /** The wire key of a policy version. */
  static String key(int player, int slot, int version) {
    return player + "/" + slot + "/" + version;
  }

  /** Decodes and keeps the blobs in {@code blobs} that are newer than what is held. */
  void putAll(Map<String, byte[]> blobs) {
    for (Map.Entry<String, byte[]> e : blobs.entrySet()) {
      String[] parts = e.getKey().split("/");
      if (parts.length != 3 || e.getValue() == null) {
        throw new IllegalArgumentException("bad policy key " + e.getKey());
      }
      int version = Integer.parseInt(parts[2]);
      String slot = parts[0] + "/" + parts[1];
      Held now = held.get(slot);
      if (now == null || now.version() < version) {
        held.put(slot, new Held(version, Blobs.policy(e.getValue(), game)));
      }
    }
  }

  /** The newest policy held for {@code player}'s {@code slot}. */
  Policy policy(int player, int slot) {
    Held h = held.get(player + "/" + slot);
    if (h == null) {
      throw new IllegalStateException("no policy for player " + player + " slot " + slot);
    }
    return h.policy();
  }

  /** The policy held under wire key {@code key} ({@code player/slot/version}), newest version. */
  Policy policy(String key) {
    String[] parts = key.split("/");
    if (parts.length != 3) {
      throw new IllegalArgumentException("bad policy key " + key);
    }
    return policy(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  /** Whether every policy {@code mix} can draw is held. */
  boolean holds(OpponentMix mix) {
    double[][] w = mix.weights();
    for (int q = 0; q < w.length; q++) {
      for (int k = 0; k < w[q].length; k++) {
        if (w[q][k] > 0 && !held.containsKey(q + "/" + k)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The co-players a level trains against under {@code mix}. */
  Opponents opponents(OpponentMix mix) {
    double[][] w = mix.weights();
    List<List<Policy>> populations = new ArrayList<>();
    for (int q = 0; q < w.length; q++) {
      List<Policy> mine = new ArrayList<>();
      for (int k = 0; k < w[q].length; k++) {
        // Zero-weight slots are never drawn; the manager sends only the blobs that can be.
        mine.add(w[q][k] > 0 ? policy(q, k) : null);
      }
      populations.add(mine);
    }
    return new Opponents.Independent(mix.player(), populations, w);
  }
}
