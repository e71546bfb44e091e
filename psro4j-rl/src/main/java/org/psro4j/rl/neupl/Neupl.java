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
import org.psro4j.state.DriverState;
import org.psro4j.state.LearnerState;
import org.psro4j.state.PolicySlot;
import org.psro4j.state.SlotRole;

/**
 * NeuPL (Liu, Marris, Ahmadi, Lanctot, Heess, Piliouras, Leibo, "NeuPL: Neural Population
 * Learning", ICLR 2022) for symmetric two-player zero-sum games: one conditional network Π_θ(a | s,
 * seat, ν_i) whose single embedding table holds every member, for both seats. The meta-graph solver
 * is PSRO-Nash: member i ≥ 1 trains against σ_i, the Nash of the meta-game restricted to members
 * 0..i−1; member 0, whose row of the meta-graph is empty, is the initial policy (uniform unless the
 * builder's initial population says otherwise, one per seat), distilled into embedding 0 before
 * iteration 0 and held there every iteration, so iteration 0 measures the same population as
 * PSRO's. Every iteration trains all members concurrently: a best response per member and seat to
 * its σ_i (computed on the refreshed meta-game) is distilled into that member's embedding in one
 * shared optimisation, and one new member joins (fixed cadence: one per iteration), born already
 * distilled from its best response to the Nash of all the others. The network's input ends with a
 * one-hot of the acting seat ({@link NeuplSettings#seatInput}): a game's tensors need not tell the
 * seats apart (goofspiel's record each turn's winner by absolute seat, so some of seat 0's and seat
 * 1's information states share a tensor) and the two seats' best responses then disagree on one
 * input. Every slot then holds a view of the new θ, so the whole meta-game is measured again: with
 * n members an iteration costs 2n best responses, (n+1)·{@code distill_steps} gradient steps and
 * (n+1)² meta-game entries.
 */
public final class Neupl extends org.psro4j.psro.PopulationDriver {

  /** The learner-state key of the network and its optimiser in a {@link DriverState}. */
  public static final String LEARNER = NeuplJpsro.LEARNER;

  /** The one embedding table (both seats read it). */
  private static final int TABLE = 0;

  private final NeuplSettings neupl;
  private final Policy[] initialPolicies;
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
      PopulationDistiller distiller,
      Policy[] initialPolicies,
      Population initial) {
    super(game, solver, oracle, evaluator, settings, initial);
    this.neupl = neupl;
    this.live = live;
    this.distiller = distiller;
    this.initialPolicies = initialPolicies;
    this.gaps = settings.exactGap() ? new ExactGaps(game) : null;
    population = population.withRole(SlotRole.ACTIVE);
  }

  /** A builder: {@code Neupl.neuplBuilder(game).solver(nash).oracle(exact).build()}. */
  public static Builder neuplBuilder(Game game) {
    return new Builder(game);
  }

  /**
   * Builds a {@link Neupl}; the initial population is member 0 in both seats: the initial policies
   * (one per seat; uniform by default) distilled into embedding 0.
   */
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
      Policy[] init = new Policy[2];
      for (int p = 0; p < 2; p++) {
        if (initial.of(p).size() != 1) {
          throw new IllegalArgumentException(
              "--algo neupl starts from one initial policy per seat; seat "
                  + p
                  + " has "
                  + initial.of(p).size());
        }
        init[p] = initial.of(p).getFirst();
      }
      PopulationNetwork live = neupl.freshNetwork(game, 1, settings.seed());
      PopulationDistiller distiller = new PopulationDistiller(live, neupl);
      live.addMember(TABLE);
      DistillationRows rows = rows(live, neupl);
      initialRows(game, live.spec(), init, neupl.episodes(), rows, settings.seed(), -1);
      PopulationDistiller.Losses losses =
          distiller.train(
              rows,
              rows(live, neupl),
              neupl.distillSteps(),
              Seeds.random(settings.seed(), "neupl-initial-train"));
      FrozenPopulation frozen = live.freeze();
      Population first = new Population(2);
      for (int p = 0; p < 2; p++) {
        first.add(p, new PopulationMember(game.toString(), frozen, TABLE, 0), "nu0");
      }
      Neupl d =
          new Neupl(game, solver, oracle, evaluator, settings, neupl, live, distiller, init, first);
      d.extras = losses(losses.distillation());
      return withPartial(d);
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
   * The meta-graph: σ_i for every member i ≥ 1 and for the one about to join (index n), each
   * trained in both seats (member 0 has no σ: it stays the initial policy). Only the newcomer's
   * improvement counts (weight 1, against the meta-game's value).
   */
  @Override
  protected List<Target> targets(MetaStrategy meta) {
    List<Policy> members = population.of(0);
    int n = members.size();
    List<Target> out = new ArrayList<>();
    List<Integer> who = new ArrayList<>();
    double[] joint = meta.jointDistribution();
    for (int i = 1; i <= n; i++) {
      List<Policy> opponents = members.subList(0, i);
      double[][] w = subgameNash(i);
      for (int seat = 0; seat < 2; seat++) {
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

  /**
   * The Nash (by the run's solver) of the meta-game restricted to members 0..k−1: one marginal per
   * seat. A member may act differently in each seat (its input names the seat), so the restricted
   * game need not be symmetric and each seat's learner faces the other seat's marginal, as PSRO's
   * players do.
   */
  private double[][] subgameNash(int k) {
    double[][] m = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        m[a][b] = metaGame.mean(0, new int[] {a, b});
      }
    }
    return solver.solve(EmpiricalGame.ofZeroSum(m)).marginals();
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
    PopulationNetworkSpec spec = live.spec();
    DistillationRows distill = rows(live, neupl);
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      SplittableRandom random = Seeds.random(settings.seed(), "neupl-distill", iteration, i);
      for (int e = 0; e < neupl.episodes(); e++) {
        Policy[] profile = t.opponents().sample(random);
        profile[t.player()] = results.get(i).policy();
        PopulationPlay.distillationEpisode(
            game, spec, profile, t.player(), TABLE, targetMembers[i], distill, random);
      }
    }
    initialRows(game, spec, initialPolicies, neupl.episodes(), distill, settings.seed(), iteration);
    SplittableRandom trainRandom = Seeds.random(settings.seed(), "neupl-train", iteration);
    int trained = targets.size() / 2 + 1;
    PopulationDistiller.Losses losses =
        distiller.train(distill, rows(live, neupl), neupl.distillSteps() * trained, trainRandom);
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
    extras = losses(losses.distillation());
    return 1;
  }

  private static DistillationRows rows(PopulationNetwork live, NeuplSettings neupl) {
    PopulationNetworkSpec spec = live.spec();
    return new DistillationRows(spec.inputSize(), spec.observation().numActions());
  }

  /**
   * Rows holding member 0 on the initial policies: {@code episodes} episodes of them against each
   * other per seat, each decision of the seat a row towards its initial policy ({@code iteration}
   * −1: before iteration 0).
   */
  private static void initialRows(
      Game game,
      PopulationNetworkSpec spec,
      Policy[] init,
      int episodes,
      DistillationRows rows,
      long seed,
      int iteration) {
    for (int seat = 0; seat < 2; seat++) {
      SplittableRandom random = Seeds.random(seed, "neupl-initial", iteration, seat);
      for (int e = 0; e < episodes; e++) {
        PopulationPlay.distillationEpisode(game, spec, init.clone(), seat, TABLE, 0, rows, random);
      }
    }
  }

  @Override
  protected Map<String, Double> extraMetrics() {
    Map<String, Double> out = extras;
    extras = noLosses();
    return out;
  }

  private static Map<String, Double> noLosses() {
    return losses(Double.NaN);
  }

  /** The extra column: the mean distillation KL after the iteration's training. */
  private static Map<String, Double> losses(double distillation) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("distill_kl", distillation);
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
