package org.psro4j.rl.neupl;

import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.policy.Policy;
import org.psro4j.random.Sampling;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * Collects the states NeuPL-JPSRO trains on by playing episodes (Liu et al., AAMAS 2024): the best
 * response's own states against its co-players (distillation targets: the best response), and the
 * population's own play (regularisation targets: the frozen members).
 */
public final class PopulationPlay {

  private PopulationPlay() {}

  /**
   * Plays one episode of {@code profile}; at each decision of {@code learner}, adds a row training
   * embedding ({@code learner}, {@code index}) towards {@code profile[learner]}'s distribution.
   */
  public static void distillationEpisode(
      Game game,
      Policy[] profile,
      int learner,
      int index,
      DistillationRows rows,
      SplittableRandom random) {
    ObservationSpec spec = ObservationSpec.of(game);
    play(game, spec.size(), spec::write, profile, learner, learner, index, rows, random);
  }

  /**
   * As above for symmetric NeuPL, whose one table holds the members for every seat: the rows train
   * embedding ({@code table}, {@code index}) and hold {@code network}'s input (the observation,
   * then the seat one-hot when the network has one, so the seats' best responses can differ where
   * the game's tensors alone do not tell the seats apart).
   */
  public static void distillationEpisode(
      Game game,
      PopulationNetworkSpec network,
      Policy[] profile,
      int learner,
      int table,
      int index,
      DistillationRows rows,
      SplittableRandom random) {
    play(
        game,
        network.inputSize(),
        network::writeInput,
        profile,
        learner,
        table,
        index,
        rows,
        random);
  }

  /** Writes a seat's view of a state into an array from an offset. */
  private interface InputWriter {
    void write(State state, int seat, float[] out, int offset);
  }

  private static void play(
      Game game,
      int inputSize,
      InputWriter spec,
      Policy[] profile,
      int learner,
      int table,
      int index,
      DistillationRows rows,
      SplittableRandom random) {
    float[] obs = new float[inputSize];
    State s = game.newInitialState();
    rows.startEpisode();
    while (!s.isTerminal()) {
      if (s.isChanceNode()) {
        s.apply(Sampling.chance(s.chanceOutcomes(), random));
        continue;
      }
      int[] joint = new int[game.numPlayers()];
      for (int p : movers(s, game)) {
        double[] probs = profile[p].actionProbabilities(s, p);
        int[] legal = s.legalActions(p);
        if (p == learner) {
          rows.decision(p);
          spec.write(s, p, obs, 0);
          rows.add(obs, 0, legal, probs, table, index);
        }
        joint[p] = legal[Sampling.index(probs, random)];
      }
      apply(s, joint);
    }
  }

  /**
   * Plays one episode of the members {@code indices} (one per player) of {@code frozen}; at each
   * decision adds a row keeping the acting member's embedding on its frozen distribution and one
   * for another member of the same player drawn uniformly (so members outside the meta-strategy's
   * support are held on the population's states too).
   */
  public static void regularisationEpisode(
      Game game,
      FrozenPopulation frozen,
      int[] indices,
      DistillationRows rows,
      SplittableRandom random) {
    PopulationNetworkSpec spec = frozen.spec();
    String name = game.toString();
    float[] obs = new float[spec.inputSize()];
    int[] sizes = frozen.sizes();
    State s = game.newInitialState();
    rows.startEpisode();
    while (!s.isTerminal()) {
      if (s.isChanceNode()) {
        s.apply(Sampling.chance(s.chanceOutcomes(), random));
        continue;
      }
      int[] joint = new int[game.numPlayers()];
      for (int p : movers(s, game)) {
        int[] legal = s.legalActions(p);
        spec.writeInput(s, p, obs, 0);
        rows.decision(p);
        double[] probs =
            new PopulationMember(name, frozen, p, indices[p]).actionProbabilities(s, p);
        rows.add(obs, 0, legal, probs, p, indices[p]);
        int other = random.nextInt(sizes[p]);
        if (other != indices[p]) {
          double[] q = new PopulationMember(name, frozen, p, other).actionProbabilities(s, p);
          rows.add(obs, 0, legal, q, p, other);
        }
        joint[p] = legal[Sampling.index(probs, random)];
      }
      apply(s, joint);
    }
  }

  private static int[] movers(State s, Game game) {
    if (!s.isSimultaneousNode()) {
      return new int[] {s.currentPlayer()};
    }
    int[] all = new int[game.numPlayers()];
    for (int p = 0; p < all.length; p++) {
      all[p] = p;
    }
    return all;
  }

  private static void apply(State s, int[] joint) {
    if (s.isSimultaneousNode()) {
      s.apply(joint);
    } else {
      s.apply(joint[s.currentPlayer()]);
    }
  }
}
