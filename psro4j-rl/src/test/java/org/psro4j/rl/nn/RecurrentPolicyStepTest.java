package org.psro4j.rl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.policy.EpisodePolicy;
import org.psro4j.random.Sampling;

/**
 * {@link RecurrentPolicy#step} (how rollouts play recurrent co-players, several episodes at once)
 * gives at every decision the distribution that the policy's episode handle and its replay of the
 * state's history give, on Leduc poker (up to four decisions a player).
 */
class RecurrentPolicyStepTest {

  @Test
  void batchedStepsMatchHandlesAndHistoryReplay() {
    Game game = Games.load("leduc_poker");
    ObservationSpec spec = ObservationSpec.forRecurrent(game);
    RecurrentCore core =
        RecurrentCore.create(
            "lstm", spec.size(), 16, spec.numActions(), 5, DjlRuntime.device("cpu"));
    RecurrentPolicy policy = new RecurrentPolicy(game.toString(), spec, core);
    int player = 0;
    int episodes = 6;
    SplittableRandom random = new SplittableRandom(3);
    State[] states = new State[episodes];
    EpisodePolicy[] handles = new EpisodePolicy[episodes];
    float[][] memories = new float[episodes][];
    for (int e = 0; e < episodes; e++) {
      states[e] = game.newInitialState();
      handles[e] = policy.newEpisode(player);
    }
    int compared = 0;
    boolean anyLive = true;
    while (anyLive) {
      anyLive = false;
      // Advance every episode to player 0's next decision (or its end) with random moves.
      List<Integer> deciding = new ArrayList<>();
      for (int e = 0; e < episodes; e++) {
        State s = states[e];
        while (!s.isTerminal() && (s.isChanceNode() || s.currentPlayer() != player)) {
          if (s.isChanceNode()) {
            s.apply(Sampling.chance(s.chanceOutcomes(), random));
          } else {
            int[] legal = s.legalActions();
            s.apply(legal[random.nextInt(legal.length)]);
          }
        }
        if (!s.isTerminal()) {
          deciding.add(e);
          anyLive = true;
        }
      }
      if (deciding.isEmpty()) {
        break;
      }
      List<State> batch = new ArrayList<>();
      float[][] mem = new float[deciding.size()][];
      for (int k = 0; k < deciding.size(); k++) {
        batch.add(states[deciding.get(k)]);
        mem[k] = memories[deciding.get(k)];
      }
      double[][] stepped = policy.step(batch, player, mem);
      for (int k = 0; k < deciding.size(); k++) {
        int e = deciding.get(k);
        memories[e] = mem[k];
        double[] byHandle = handles[e].actionProbabilities(states[e]);
        double[] byReplay = policy.actionProbabilities(states[e], player);
        for (int a = 0; a < byHandle.length; a++) {
          assertThat(stepped[k][a]).isCloseTo(byHandle[a], within(1e-6));
          assertThat(stepped[k][a]).isCloseTo(byReplay[a], within(1e-5));
        }
        int[] legal = states[e].legalActions();
        states[e].apply(legal[Sampling.index(stepped[k], random)]);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(episodes);
  }
}
