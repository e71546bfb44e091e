package org.psro4j.cli.team;

import java.util.ArrayList;
import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.game.TeamGame;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.TrainingProgress;
import org.psro4j.learn.TrainingSession;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.RecurrentPolicy;

/**
 * One team best response with a shared policy (the parameter sharing of NeuPL, Liu et al., ICLR
 * 2022): a PPO learner (Schulman et al. 2017) on one seat of its team, its teammates played by the
 * learner's own latest snapshot (refreshed every {@code phaseSteps}), every other team's seats by
 * one enemy policy drawn per episode from a weighted mix. Shared by {@code ctf team} and {@code run
 * --algo team-psro}.
 */
public final class TeamResponse {

  /**
   * A finished best response.
   *
   * @param policy the learner's final snapshot, a policy of the training game's seats
   * @param progress where training stood at the end
   */
  public record Result(Policy policy, TrainingProgress progress) {}

  private TeamResponse() {}

  /**
   * Trains seat {@code seat} of {@code game} for {@code steps} environment steps against {@code
   * enemies} (weights {@code weights}), warm-started from {@code warm} when it is a learned policy
   * ({@code fallbackMate} holds the teammates' seats until the first snapshot exists).
   */
  public static Result train(
      LearningOracle oracle,
      TeamGame game,
      int seat,
      List<Policy> enemies,
      double[] weights,
      Policy warm,
      Policy fallbackMate,
      long seed,
      long steps,
      long phaseSteps,
      String label) {
    // Only a learned policy warm-starts (a bot is not a network to start from).
    Policy relabelled = relabel(warm, game);
    Policy start =
        relabelled instanceof NeuralPolicy || relabelled instanceof RecurrentPolicy
            ? relabelled
            : null;
    Policy mate = start != null ? start : fallbackMate;
    BestResponseTask task =
        new BestResponseTask(
            game, seat, opponents(game, seat, enemies, weights, mate), seed, start, label);
    try (TrainingSession session = oracle.start(task)) {
      TrainingProgress progress = session.progress();
      while (progress.steps() < steps) {
        progress = session.train(Math.min(phaseSteps, steps - progress.steps()));
        session.retarget(opponents(game, seat, enemies, weights, session.snapshot()));
      }
      return new Result(session.snapshot(), progress);
    }
  }

  /**
   * Seat {@code seat} learns; in the profile of each enemy policy, that policy holds every seat of
   * the other teams and {@code mate} every other seat of the learner's team.
   */
  public static Opponents opponents(
      TeamGame game, int seat, List<Policy> enemies, double[] weights, Policy mate) {
    int n = game.numPlayers();
    int team = game.teamOf(seat);
    List<Policy[]> profiles = new ArrayList<>();
    for (Policy enemy : enemies) {
      Policy[] profile = new Policy[n];
      for (int p = 0; p < n; p++) {
        if (p != seat) {
          profile[p] = game.teamOf(p) == team ? mate : enemy;
        }
      }
      profiles.add(profile);
    }
    return new Opponents.Correlated(seat, profiles, weights.clone());
  }

  /**
   * A learned MLP or recurrent policy relabelled for {@code game}, so that it warm-starts or plays
   * there (a network reads any game of the same tensor size); anything else is returned as is.
   */
  public static Policy relabel(Policy policy, Game game) {
    if (policy instanceof NeuralPolicy n && !n.game().equals(game.toString())) {
      if (!ObservationSpec.of(game).equals(n.spec())) {
        throw new IllegalArgumentException(
            "a policy of " + n.game() + " cannot play " + game + ": its view differs");
      }
      return new NeuralPolicy(game.toString(), n.spec(), n.head(), n.network());
    }
    if (policy instanceof RecurrentPolicy r && !r.game().equals(game.toString())) {
      if (!ObservationSpec.forRecurrent(game).equals(r.spec())) {
        throw new IllegalArgumentException(
            "a policy of " + r.game() + " cannot play " + game + ": its view differs");
      }
      // The core is never trained once in a policy, so the relabelled policy may share it.
      return new RecurrentPolicy(game.toString(), r.spec(), r.core());
    }
    return policy;
  }
}
