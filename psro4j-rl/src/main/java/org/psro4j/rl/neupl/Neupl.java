package org.psro4j.rl.neupl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.DriverBuilder;
import org.psro4j.psro.DriverSettings;
import org.psro4j.psro.ExactGaps;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.OracleResult;
import org.psro4j.psro.PayoffEvaluator;
import org.psro4j.psro.Population;
import org.psro4j.random.Seeds;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.state.DriverState;
import org.psro4j.state.LearnerState;
import org.psro4j.state.PolicySlot;
import org.psro4j.state.SlotRole;

/**
 * NeuPL (Liu, Marris, Ahmadi, Lanctot, Heess, Piliouras, Leibo, "NeuPL: Neural Population
 * Learning", ICLR 2022) for symmetric two-player zero-sum games: one conditional network Π_θ(a | s,
 * ν_i) whose single embedding table holds every member, for both seats. The meta-graph solver is
 * PSRO-Nash: member i trains against σ_i, the Nash of the meta-game restricted to members 0..i−1
 * (member 0 against the uniform random policy). Every iteration trains all members concurrently: a
 * best response per member and seat to its σ_i (computed on the refreshed meta-game) is distilled
 * into that member's embedding in one shared optimisation, and one new member joins (fixed cadence:
 * one per iteration), born already distilled from its best response to the Nash of all the others.
 * Every slot then holds a view of the new θ, so the whole meta-game is measured again: with n
 * members an iteration costs 2(n+1) best responses, (n+1)·{@code distill_steps} gradient steps and
 * (n+1)² meta-game entries.
 */
public final class Neupl extends org.psro4j.psro.PopulationDriver {

  /** The learner-state key of the network and its optimiser in a {@link DriverState}. */
  public static final String LEARNER = NeuplJpsro.LEARNER;

  /** The one embedding table (both seats read it). */
  private static final int TABLE = 0;

  private static final Policy UNIFORM =
      (state, player) -> {
        double[] p = new double[state.legalActions(player).length];
        java.util.Arrays.fill(p, 1.0 / p.length);
        return p;
      };

  private final NeuplSettings neupl;
  private final PopulationNetwork live;
  private final PopulationDistiller distiller;
  private final ExactGaps gaps;
  private int[] targetMembers = new int[0];
  private Map<String, Double> extras = noLosses();

  private Neupl(
      Game game,
      MetaSolver solver,
      BestResponseOracle oracle,
      PayoffEvaluator evaluator,
      DriverSettings settings,
      NeuplSettings neupl,
      PopulationNetwork live,
      Population initial) {
    super(game, solver, oracle, evaluator, settings, initial);
    this.neupl = neupl;
    this.live = live;
    this.distiller = new PopulationDistiller(live, neupl);
    this.gaps = settings.exactGap() ? new ExactGaps(game) : null;
    population = population.withRole(SlotRole.ACTIVE);
  }

  /** A builder: {@code Neupl.neuplBuilder(game).solver(nash).oracle(exact).build()}. */
  public static Builder neuplBuilder(Game game) {
    return new Builder(game);
  }

  /** Builds a {@link Neupl}; the initial population is one fresh member in both seats. */
  public static final class Builder extends DriverBuilder<Builder> {

    private NeuplSettings neupl = NeuplSettings.defaults();

    private Builder(Game game) {
      super(game);
    }

    /** The network and distillation settings (default {@link NeuplSettings#defaults()}). */
    public Builder neupl(NeuplSettings settings) {
      this.neupl = java.util.Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** The driver; throws {@link IllegalArgumentException} with a one-line reason. */
    public Neupl build() {
      SeatSymmetry.require(game);
      DriverSettings settings = resolve();
      if (solver.isJoint()) {
        throw new IllegalArgumentException(
            "solver '" + solver.name() + "' returns a joint distribution; --algo neupl needs nash");
      }
      PopulationNetwork live = neupl.freshNetwork(game, 1, settings.seed());
      live.addMember(TABLE);
      FrozenPopulation frozen = live.freeze();
      Population first = new Population(2);
      for (int p = 0; p < 2; p++) {
        first.add(p, new PopulationMember(game.toString(), frozen, TABLE, 0), "nu0");
      }
      return withPartial(new Neupl(game, solver, oracle, evaluator, settings, neupl, live, first));
    }
  }

  @Override
  public String gapName() {
    return "nash_conv";
  }

  @Override
  protected double exactGap(MetaStrategy meta) {
    return gaps == null ? Double.NaN : gaps.nashConv(population.all(), meta.marginals());
  }

  /**
   * The meta-graph: σ_i for every member and for the one about to join (index n), each trained in
   * both seats. Only the newcomer's improvement counts (weight 1, against the meta-game's value).
   */
  @Override
  protected List<Target> targets(MetaStrategy meta) {
    List<Policy> members = population.of(0);
    int n = members.size();
    List<Target> out = new ArrayList<>();
    List<Integer> who = new ArrayList<>();
    double[] joint = meta.jointDistribution();
    for (int i = 0; i <= n; i++) {
      List<Policy> opponents = i == 0 ? List.of(UNIFORM) : members.subList(0, i);
      double[] sigma = i == 0 ? new double[] {1} : subgameNash(i);
      for (int seat = 0; seat < 2; seat++) {
        double[][] w = {sigma, sigma};
        String label = i == n ? "nu" + n : "nu" + i + "_seat" + seat;
        out.add(
            target(
                seat,
                new Opponents.Independent(seat, List.of(opponents, opponents), w),
                label,
                i == n ? 0.5 : 0,
                i == n ? metaValue(seat, joint) : 0));
        who.add(i);
      }
    }
    targetMembers = who.stream().mapToInt(Integer::intValue).toArray();
    return out;
  }

  /** The Nash (by the run's solver) of the symmetric meta-game restricted to members 0..k−1. */
  private double[] subgameNash(int k) {
    double[][] m = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        m[a][b] = metaGame.mean(0, new int[] {a, b});
      }
    }
    return solver.solve(EmpiricalGame.ofZeroSum(m)).marginal(0);
  }

  @Override
  protected int absorb(int iteration, List<Target> targets, List<OracleResult> results) {
    if (live.size(TABLE) >= live.spec().capacity()) {
      throw new IllegalStateException(
          "the embedding table is full ("
              + live.spec().capacity()
              + "); raise the neupl option capacity");
    }
    int newcomer = live.addMember(TABLE);
    ObservationSpec spec = live.spec().observation();
    DistillationRows distill = new DistillationRows(spec.size(), spec.numActions());
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      SplittableRandom random = Seeds.random(settings.seed(), "neupl-distill", iteration, i);
      for (int e = 0; e < neupl.episodes(); e++) {
        Policy[] profile = t.opponents().sample(random);
        profile[t.player()] = results.get(i).policy();
        PopulationPlay.distillationEpisode(
            game, profile, t.player(), TABLE, targetMembers[i], distill, random);
      }
    }
    DistillationRows none = new DistillationRows(spec.size(), spec.numActions());
    SplittableRandom trainRandom = Seeds.random(settings.seed(), "neupl-train", iteration);
    PopulationDistiller.Losses losses =
        distiller.train(distill, none, neupl.distillSteps() * (targets.size() / 2), trainRandom);
    FrozenPopulation theta = live.freeze();
    String name = game.toString();
    for (int p = 0; p < 2; p++) {
      for (PolicySlot s : population.slots(p)) {
        replacePolicy(
            s.ref(), new PopulationMember(name, theta, TABLE, s.ref().slot()), SlotRole.ACTIVE);
      }
    }
    for (int p = 0; p < 2; p++) {
      addPolicy(
          p, new PopulationMember(name, theta, TABLE, newcomer), "nu" + newcomer, SlotRole.ACTIVE);
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("distill_kl", losses.distillation());
    extras = m;
    return 1;
  }

  @Override
  protected Map<String, Double> extraMetrics() {
    Map<String, Double> out = extras;
    extras = noLosses();
    return out;
  }

  private static Map<String, Double> noLosses() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("distill_kl", Double.NaN);
    return m;
  }

  @Override
  public synchronized DriverState state() {
    DriverState s = super.state();
    Map<String, LearnerState> learners = new LinkedHashMap<>(s.learners());
    learners.put(LEARNER, NeuplLearnerState.save(live, distiller.optimizer()));
    return s.withLearners(learners);
  }

  @Override
  public synchronized void restore(DriverState state) {
    super.restore(state);
    LearnerState saved = state.learners().get(LEARNER);
    if (saved != null) {
      NeuplLearnerState.restore(saved, live, distiller.optimizer());
    }
  }
}
