package org.psro4j.pipeline;

import org.psro4j.pipeline.PipelineProtocol.Lease;
import org.psro4j.pipeline.PipelineProtocol.OpponentMix;

/** One level of one player, as the manager keeps it (mutable, confined to the manager). */
final class Level {

  final int player;
  final int index;
  LevelPhase phase = LevelPhase.ACTIVE;
  Lease lease;

  /** Policy versions received so far (0: no policy yet). */
  int version;

  byte[] policy;
  byte[] checkpoint;
  long steps;
  long episodes;
  double reward = Double.NaN;
  PlateauRule.Memory plateau = PlateauRule.Memory.waiting();
  OpponentMix mix;
  long mixSteps;

  /** The manager's promotions when {@link #mix} was solved (a later one refreshes it early). */
  long mixPromotions;

  String fixReason = "";

  Level(int player, int index) {
    this.player = player;
    this.index = index;
  }

  boolean hasPolicy() {
    return version > 0;
  }

  boolean claimable() {
    return phase == LevelPhase.ACTIVE && lease == null;
  }
}
