package org.psro4j.rl.rollout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.policy.ContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;
import org.psro4j.random.Sampling;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.SquashedGaussianPolicy;

/**
 * Plays {@code numEnvs} games with continuous actions at once for one learner: each episode draws a
 * co-player profile from {@link Opponents#sample} (independent or correlated), chance is sampled,
 * the learner acts through one {@link ContinuousActor} call per step for every game where it moves,
 * and co-players that are {@link SquashedGaussianPolicy}s are asked once per step for all games
 * where they move; other {@link ContinuousPolicy}s one state at a time. Turn-based and simultaneous
 * nodes are both played directly; episodes may have any length. The games are split over {@code
 * shards} threads, each with its own generator split from the seed, and the shards' episodes are
 * concatenated in shard order, so a collection is deterministic per seed.
 */
public final class ContinuousRollouts {

  private final Game game;
  private final int learner;
  private final Opponents opponents;
  private final ObservationSpec spec;
  private final int numEnvs;
  private final int shards;

  /**
   * A runner.
   *
   * @param game a game with continuous actions
   * @param opponents the co-player distribution; its {@code learner()} is the learning player, and
   *     every co-player must be a {@link ContinuousPolicy}
   * @param spec what the learner reads ({@link ObservationSpec#ofContinuous})
   * @param numEnvs games played at once (over all shards)
   * @param shards threads
   */
  public ContinuousRollouts(
      Game game, Opponents opponents, ObservationSpec spec, int numEnvs, int shards) {
    if (!game.hasContinuousActions()) {
      throw new IllegalArgumentException(game + " has no continuous actions");
    }
    RolloutShards.checkSizes(numEnvs, shards);
    this.game = game;
    this.learner = opponents.learner();
    this.opponents = opponents;
    this.spec = spec;
    this.numEnvs = numEnvs;
    this.shards = shards;
  }

  /**
   * Plays until at least {@code environmentSteps} player moves were made, every game finishing the
   * episode it is in, and returns the learner's transitions.
   */
  public ContinuousTrajectories collect(ContinuousActor actor, long environmentSteps, long seed) {
    return RolloutShards.collect(
        numEnvs,
        shards,
        environmentSteps,
        seed,
        new ContinuousTrajectories(spec.size(), spec.numActions()),
        ContinuousTrajectories::append,
        (envs, steps, random) -> runShard(actor, envs, steps, random));
  }

  private ContinuousState newState() {
    return (ContinuousState) game.newInitialState();
  }

  private ContinuousTrajectories runShard(
      ContinuousActor actor, int envs, long stepTarget, SplittableRandom random) {
    int obsSize = spec.size();
    int d = spec.numActions();
    int players = game.numPlayers();
    ContinuousTrajectories out = new ContinuousTrajectories(obsSize, d);
    ContinuousEpisode[] episodes = new ContinuousEpisode[envs];
    for (int e = 0; e < envs; e++) {
      episodes[e] = new ContinuousEpisode(newState(), opponents.sample(random), obsSize, d);
    }
    float[] obs = new float[envs * obsSize];
    float[] actions = new float[envs * d];
    int[] learnerRow = new int[envs];
    double[][][] joint = new double[envs][][];
    long steps = 0;
    int active = envs;
    while (active > 0) {
      // Chance moves and finished episodes.
      for (int e = 0; e < envs; e++) {
        ContinuousEpisode ep = episodes[e];
        if (ep == null) {
          continue;
        }
        while (ep.state.isChanceNode()) {
          ep.state.apply(Sampling.chance(ep.state.chanceOutcomes(), random));
        }
        if (ep.state.isTerminal()) {
          if (ep.steps == 0) {
            throw new IllegalStateException(
                ep.state.game() + " ended an episode without a player move; nothing to learn");
          }
          ep.finish(out, learner);
          steps += ep.steps;
          if (steps < stepTarget) {
            ep.restart(newState(), opponents.sample(random), null);
            e--; // the new episode may start with chance
          } else {
            episodes[e] = null;
            active--;
          }
        }
      }
      if (active == 0) {
        break;
      }
      // The learner's games, in one call.
      int n = 0;
      for (int e = 0; e < envs; e++) {
        ContinuousEpisode ep = episodes[e];
        learnerRow[e] = -1;
        if (ep != null && ep.state.actsContinuously(learner)) {
          spec.write(ep.state, learner, obs, n * obsSize);
          learnerRow[e] = n++;
        }
      }
      if (n > 0) {
        actor.act(obs, n, random, actions);
      }
      // Every acting player's vector per game: the learner's, then co-players' (batched).
      Map<Seat, List<Integer>> groups = new LinkedHashMap<>();
      for (int e = 0; e < envs; e++) {
        ContinuousEpisode ep = episodes[e];
        if (ep == null) {
          continue;
        }
        joint[e] = new double[players][];
        for (int p = 0; p < players; p++) {
          if (!ep.state.actsContinuously(p)) {
            joint[e][p] = new double[0];
          } else if (p == learner) {
            int row = learnerRow[e];
            ep.beginDecision(learner, obs, row * obsSize, actions, row * d);
            joint[e][p] = new double[d];
            for (int i = 0; i < d; i++) {
              joint[e][p][i] = actions[row * d + i];
            }
          } else if (ep.profile[p] instanceof SquashedGaussianPolicy neural) {
            groups.computeIfAbsent(new Seat(neural, p), k -> new ArrayList<>()).add(e);
          } else {
            joint[e][p] = coPlayer(ep.profile[p], p).sampleAction(ep.state, p, random);
          }
        }
      }
      for (Map.Entry<Seat, List<Integer>> group : groups.entrySet()) {
        int p = group.getKey().player();
        List<ContinuousState> states = new ArrayList<>(group.getValue().size());
        for (int e : group.getValue()) {
          states.add(episodes[e].state);
        }
        double[][] sampled = group.getKey().policy().sampleActions(states, p, random);
        for (int k = 0; k < sampled.length; k++) {
          joint[group.getValue().get(k)][p] = sampled[k];
        }
      }
      for (int e = 0; e < envs; e++) {
        ContinuousEpisode ep = episodes[e];
        if (ep != null) {
          apply(ep, joint[e]);
        }
      }
    }
    return out;
  }

  /** Applies the acting players' vectors: all of them at a simultaneous node, else the mover's. */
  private static void apply(ContinuousEpisode ep, double[][] joint) {
    int mover = ep.state.currentPlayer();
    if (mover == State.SIMULTANEOUS) {
      for (double[] a : joint) {
        ep.steps += a.length > 0 ? 1 : 0;
      }
      ep.state.applyContinuous(joint);
    } else if (mover >= 0 && joint[mover].length > 0) {
      ep.steps++;
      ep.state.applyContinuous(joint[mover]);
    } else {
      throw new IllegalStateException(
          "player " + mover + " must act but does not choose a vector in state " + ep.state);
    }
  }

  private ContinuousPolicy coPlayer(Policy policy, int player) {
    if (policy instanceof ContinuousPolicy c) {
      return c;
    }
    throw new IllegalArgumentException(
        "co-player "
            + player
            + " of "
            + game
            + " is "
            + policy
            + ", not a continuous-action policy");
  }

  /** A co-player policy in one seat; policies compare by identity. */
  private record Seat(SquashedGaussianPolicy policy, int player) {}
}
