package org.psro4j.cli.ctf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.psro4j.cli.team.TeamResponse;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfBots;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.TrainingProgress;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Oracles;

/**
 * Team PSRO for {@code capture_the_flag} with one shared policy per team (the parameter sharing of
 * NeuPL, Liu et al., ICLR 2022): the population starts with the heuristic bots; each iteration
 * trains a PPO best response (Schulman et al. 2017) on seat 0 against the uniform meta-strategy
 * over the population on the enemy side (PSRO with the uniform meta-solver, i.e. fictitious play,
 * Lanctot et al., NeurIPS 2017), with its teammate on seat 2 played by the learner's own latest
 * snapshot, refreshed every {@code phaseSteps}; the result joins the population and warm-starts the
 * next iteration. The observation is colour-symmetric, so the learned policy plays every seat.
 *
 * <p>Iteration {@code i} trains on the {@code i}-th training game (the last one for later
 * iterations), so a list of games is a curriculum: for example a small, short, shaped arena first
 * and the official one after. Games of one view share the tensor size, so a best response
 * warm-starts from the previous one on another arena.
 */
public final class CtfTeamPsro {

  /**
   * What to run.
   *
   * @param games the training game of each iteration, the last one for the iterations after them
   *     (all with the same number of players and view)
   * @param bots the bots in the initial population (names from {@link CtfBots#NAMES})
   * @param ppo PPO oracle options ({@code br_steps} is set per iteration from {@code steps})
   * @param steps environment steps (all four players' moves) per iteration
   * @param phaseSteps steps between refreshes of the teammate snapshot
   * @param iterations PSRO iterations
   * @param seed the root seed
   */
  public record Settings(
      List<CaptureTheFlag> games,
      List<String> bots,
      Map<String, String> ppo,
      long steps,
      long phaseSteps,
      int iterations,
      long seed) {

    public Settings {
      games = List.copyOf(games);
      if (games.isEmpty()) {
        throw new IllegalArgumentException("at least one training game is needed");
      }
      CaptureTheFlag first = games.getFirst();
      for (CaptureTheFlag g : games) {
        if (g.numPlayers() != first.numPlayers()
            || g.observationTensorSize() != first.observationTensorSize()) {
          throw new IllegalArgumentException(
              "training game " + g + " must have the players and view of " + first);
        }
      }
      bots = List.copyOf(bots);
      if (bots.isEmpty()) {
        throw new IllegalArgumentException("the initial population needs at least one bot");
      }
      for (String bot : bots) {
        CtfBots.create(bot, first);
      }
      ppo = Map.copyOf(ppo);
      if (steps < 1 || phaseSteps < 1 || iterations < 1) {
        throw new IllegalArgumentException(
            "steps, phaseSteps and iterations must be positive: "
                + steps
                + ", "
                + phaseSteps
                + ", "
                + iterations);
      }
    }
  }

  /**
   * One finished iteration.
   *
   * @param index 1-based iteration number
   * @param policy the new best response (one policy for every seat of a team)
   * @param meanReturn the learner's mean return in its last rollout
   * @param steps environment steps trained
   * @param seconds training seconds
   */
  public record Iteration(
      int index, Policy policy, double meanReturn, long steps, double seconds) {}

  private CtfTeamPsro() {}

  /** Runs {@code settings}, telling {@code listener} about every iteration; returns them all. */
  public static List<Iteration> run(Settings settings, Consumer<Iteration> listener) {
    List<Policy> population = new ArrayList<>();
    for (String bot : settings.bots()) {
      population.add(CtfBots.create(bot, settings.games().getFirst()));
    }
    Map<String, String> options = new HashMap<>(settings.ppo());
    options.put("br_steps", Long.toString(settings.steps()));
    LearningOracle oracle = (LearningOracle) Oracles.create("ppo", options);
    SplittableRandom seeds = new SplittableRandom(settings.seed());
    List<Iteration> out = new ArrayList<>();
    Policy warm = null;
    for (int i = 1; i <= settings.iterations(); i++) {
      CaptureTheFlag game = settings.games().get(Math.min(i, settings.games().size()) - 1);
      oracle.checkSupports(game);
      double[] uniform = new double[population.size()];
      java.util.Arrays.fill(uniform, 1.0 / uniform.length);
      TeamResponse.Result r =
          TeamResponse.train(
              oracle,
              game,
              0,
              List.copyOf(population),
              uniform,
              warm,
              CtfBots.create("random", game),
              seeds.nextLong(),
              settings.steps(),
              settings.phaseSteps(),
              "ctf-team-" + i);
      TrainingProgress progress = r.progress();
      Iteration it =
          new Iteration(i, r.policy(), progress.meanReturn(), progress.steps(), progress.seconds());
      out.add(it);
      population.add(it.policy());
      warm = it.policy();
      listener.accept(it);
    }
    return out;
  }

  /** {@code policy} on every seat: the team of one shared policy, for either colour. */
  public static Policy[] team(CaptureTheFlag game, Policy policy) {
    Policy[] team = new Policy[game.numPlayers()];
    java.util.Arrays.fill(team, policy);
    return team;
  }
}
