package org.psro4j.rl.rollout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.game.GameType;
import org.psro4j.game.State;
import org.psro4j.game.TurnBasedSimultaneousGame;
import org.psro4j.policy.BatchPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;
import org.psro4j.random.Sampling;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.RecurrentPolicy;

/**
 * Plays {@code numEnvs} games at once for one learner: each episode draws a co-player profile from
 * {@link Opponents#sample}, chance is sampled, the learner acts through one {@link LearnerActor}
 * call per step for every game where it moves (with each game's episode memory, for learners whose
 * policy remembers), and co-players that are {@link BatchPolicy}s (neural ones) are asked once per
 * step for all games where they move; recurrent co-players ({@link RecurrentPolicy}) step each
 * game's own recurrent state, one step per decision, as their episode handles would.
 * Simultaneous-move games are played through {@link TurnBasedSimultaneousGame#sequential}. The
 * games are split over {@code shards} threads, each with its own generator split from the seed, and
 * the shards' episodes are concatenated in shard order, so a collection is deterministic per seed.
 */
public final class VectorRollouts {

  private final Game game;
  private final int learner;
  private final Opponents opponents;
  private final ObservationSpec spec;
  private final int numEnvs;
  private final int shards;

  /**
   * A runner.
   *
   * @param game the game (simultaneous games are made turn-based)
   * @param opponents the co-player distribution; its {@code learner()} is the learning player
   * @param spec what the learner (and neural co-players) read
   * @param numEnvs games played at once (over all shards)
   * @param shards threads (1 or 2 on this machine)
   */
  public VectorRollouts(
      Game game, Opponents opponents, ObservationSpec spec, int numEnvs, int shards) {
    RolloutShards.checkSizes(numEnvs, shards);
    this.game =
        game.type().dynamics() == GameType.Dynamics.SIMULTANEOUS
            ? TurnBasedSimultaneousGame.sequential(game)
            : game;
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
  public Trajectories collect(LearnerActor actor, long environmentSteps, long seed) {
    return RolloutShards.collect(
        numEnvs,
        shards,
        environmentSteps,
        seed,
        new Trajectories(spec.size(), spec.numActions()),
        Trajectories::append,
        (envs, steps, random) -> runShard(actor, envs, steps, random));
  }

  private Trajectories runShard(
      LearnerActor actor, int envs, long stepTarget, SplittableRandom random) {
    Trajectories out = new Trajectories(spec.size(), spec.numActions());
    Episode[] episodes = new Episode[envs];
    long steps = 0;
    for (int e = 0; e < envs; e++) {
      episodes[e] =
          new Episode(
              game.newInitialState(), opponents.sample(random), spec.size(), spec.numActions());
      episodes[e].memory = actor.newMemory();
    }
    int obsSize = spec.size();
    int numActions = spec.numActions();
    float[] obs = new float[envs * obsSize];
    float[] masks = new float[envs * numActions];
    int[][] legal = new int[envs][];
    int[] actions = new int[envs];
    float[] logProbs = new float[envs];
    int[] rows = new int[envs];
    Object[] memories = new Object[envs];
    int active = envs;
    while (active > 0) {
      // Chance moves and finished episodes.
      for (int e = 0; e < envs; e++) {
        Episode ep = episodes[e];
        if (ep == null) {
          continue;
        }
        while (ep.state.isChanceNode()) {
          ep.state.apply(Sampling.chance(ep.state.chanceOutcomes(), random));
        }
        if (ep.state.isTerminal()) {
          ep.finish(out, learner);
          steps += ep.steps;
          if (steps < stepTarget) {
            ep.restart(game.newInitialState(), opponents.sample(random), actor.newMemory());
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
        Episode ep = episodes[e];
        if (ep != null && ep.state.currentPlayer() == learner) {
          spec.write(ep.state, learner, obs, n * obsSize);
          legal[n] = spec.writeMask(ep.state, learner, masks, n * numActions);
          memories[n] = ep.memory;
          rows[n++] = e;
        }
      }
      if (n > 0) {
        actor.act(obs, masks, legal, n, random, actions, logProbs, memories);
        for (int i = 0; i < n; i++) {
          Episode ep = episodes[rows[i]];
          ep.memory = memories[i];
          ep.beginDecision(
              learner, obs, i * obsSize, masks, i * numActions, actions[i], logProbs[i]);
          ep.state.apply(actions[i]);
          ep.steps++;
        }
      }
      // Co-players: batch policies grouped by (policy, seat), others one state at a time.
      Map<Seat, List<Integer>> groups = new LinkedHashMap<>();
      Map<Seat, List<Integer>> recurrent = new LinkedHashMap<>();
      for (int e = 0; e < envs; e++) {
        Episode ep = episodes[e];
        if (ep == null || ep.state.isChanceNode() || ep.state.isTerminal()) {
          continue;
        }
        int p = ep.state.currentPlayer();
        if (p == learner) {
          continue;
        }
        Policy policy = ep.profile[p];
        if (policy instanceof RecurrentPolicy) {
          recurrent.computeIfAbsent(new Seat(policy, p), k -> new ArrayList<>()).add(e);
        } else if (policy instanceof BatchPolicy) {
          groups.computeIfAbsent(new Seat(policy, p), k -> new ArrayList<>()).add(e);
        } else {
          // Co-players may be written for the simultaneous game (e.g. heuristics): ask them
          // at the underlying state, where their view is the same.
          double[] probs =
              policy.actionProbabilities(TurnBasedSimultaneousGame.underlyingState(ep.state), p);
          ep.state.apply(ep.state.legalActions(p)[Sampling.index(probs, random)]);
          ep.steps++;
        }
      }
      // Co-players with memory step each episode's own recurrent state, one step per decision.
      for (Map.Entry<Seat, List<Integer>> group : recurrent.entrySet()) {
        int player = group.getKey().player();
        List<Integer> rowsOf = group.getValue();
        List<State> states = new ArrayList<>(rowsOf.size());
        float[][] memory = new float[rowsOf.size()][];
        for (int k = 0; k < rowsOf.size(); k++) {
          Episode ep = episodes[rowsOf.get(k)];
          states.add(TurnBasedSimultaneousGame.underlyingState(ep.state));
          if (ep.coMemories == null) {
            ep.coMemories = new float[ep.profile.length][];
          }
          memory[k] = ep.coMemories[player];
        }
        double[][] probs = ((RecurrentPolicy) group.getKey().policy()).step(states, player, memory);
        for (int k = 0; k < rowsOf.size(); k++) {
          Episode ep = episodes[rowsOf.get(k)];
          ep.coMemories[player] = memory[k];
          ep.state.apply(ep.state.legalActions(player)[Sampling.index(probs[k], random)]);
          ep.steps++;
        }
      }
      for (Map.Entry<Seat, List<Integer>> group : groups.entrySet()) {
        List<State> states = new ArrayList<>(group.getValue().size());
        for (int e : group.getValue()) {
          states.add(TurnBasedSimultaneousGame.underlyingState(episodes[e].state));
        }
        int player = group.getKey().player();
        double[][] probs =
            ((BatchPolicy) group.getKey().policy()).actionProbabilities(states, player);
        for (int k = 0; k < states.size(); k++) {
          State s = episodes[group.getValue().get(k)].state;
          s.apply(s.legalActions(player)[Sampling.index(probs[k], random)]);
          episodes[group.getValue().get(k)].steps++;
        }
      }
    }
    return out;
  }

  /** A co-player policy in one seat; policies compare by identity (they do not override equals). */
  private record Seat(Policy policy, int player) {}
}
