package org.psro4j.rl.neupl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.DriverBuilder;
import org.psro4j.psro.DriverSettings;
import org.psro4j.psro.Jpsro;
import org.psro4j.psro.OracleResult;
import org.psro4j.psro.PayoffEvaluator;
import org.psro4j.psro.Population;
import org.psro4j.random.Sampling;
import org.psro4j.random.Seeds;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.state.DriverState;
import org.psro4j.state.LearnerState;
import org.psro4j.state.PolicySlot;
import org.psro4j.state.SlotRole;

/**
 * NeuPL-JPSRO (Liu, Marris, Lanctot, Piliouras, Leibo, Heess, "Neural Population Learning beyond
 * Symmetric Zero-sum Games", AAMAS 2024, Algorithm 2): JPSRO whose populations are the embeddings
 * of one conditional network Π_θ(a | s, ν). Each iteration freezes θ̂ ← θ (the population's views
 * read θ̂), trains a best response per JPSRO target against co-players drawn from the joint's
 * conditional distribution acting through θ̂, then adds one embedding per best response and distils
 * it in while regularising every existing embedding towards its frozen copy. Every slot then holds
 * its next version (a view of the new θ), so the whole meta-game is measured again. The checkpoint
 * holds θ and the distillation optimiser's moments (learner {@code neupl}); θ̂ is the population's
 * current views.
 */
public final class NeuplJpsro extends Jpsro {

  /** The learner-state key of the network and its optimiser in a {@link DriverState}. */
  public static final String LEARNER = "neupl";

  private final NeuplSettings neupl;
  private final PopulationNetwork live;
  private final PopulationDistiller distiller;
  private Map<String, Double> extras = losses(Double.NaN, Double.NaN);

  private NeuplJpsro(
      Game game,
      MetaSolver solver,
      BestResponseOracle oracle,
      PayoffEvaluator evaluator,
      DriverSettings settings,
      NeuplSettings neupl,
      PopulationNetwork live,
      PopulationDistiller distiller,
      Population initial) {
    super(game, solver, oracle, evaluator, settings, initial);
    this.neupl = neupl;
    this.live = live;
    this.distiller = distiller;
    population = population.withRole(SlotRole.ACTIVE);
  }

  /** A builder: {@code NeuplJpsro.neuplBuilder(game).solver(mgcce).oracle(ppo).build()}. */
  public static Builder neuplBuilder(Game game) {
    return new Builder(game);
  }

  /** Builds a {@link NeuplJpsro}; the initial population is one fresh embedding per player. */
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

    /**
     * The driver; throws {@link IllegalArgumentException} naming a bad setting. Each player's
     * initial policies (uniform unless {@link #initialPopulation} gave others) are distilled into
     * that player's first embeddings before iteration 0, so iteration 0 measures (to the
     * distillation's KL) the same population as JPSRO's.
     */
    public NeuplJpsro build() {
      DriverSettings settings = resolve();
      PopulationNetwork live = neupl.freshNetwork(game, game.numPlayers(), settings.seed());
      PopulationNetworkSpec spec = live.spec();
      PopulationDistiller distiller = new PopulationDistiller(live, neupl);
      int players = game.numPlayers();
      int[][] members = new int[players][];
      int count = 0;
      for (int p = 0; p < players; p++) {
        members[p] = new int[initial.of(p).size()];
        for (int j = 0; j < members[p].length; j++) {
          members[p][j] = live.addMember(p);
          count++;
        }
      }
      DistillationRows rows =
          new DistillationRows(spec.observation().size(), spec.observation().numActions());
      SplittableRandom random = Seeds.random(settings.seed(), "neupl-initial");
      for (int p = 0; p < players; p++) {
        for (int j = 0; j < members[p].length; j++) {
          for (int e = 0; e < neupl.episodes(); e++) {
            Policy[] profile = new Policy[players];
            for (int q = 0; q < players; q++) {
              profile[q] = initial.of(q).getFirst();
            }
            profile[p] = initial.of(p).get(j);
            PopulationPlay.distillationEpisode(game, profile, p, members[p][j], rows, random);
          }
        }
      }
      DistillationRows none =
          new DistillationRows(spec.observation().size(), spec.observation().numActions());
      PopulationDistiller.Losses losses =
          distiller.train(
              rows,
              none,
              neupl.distillSteps() * count,
              Seeds.random(settings.seed(), "neupl-initial-train"));
      FrozenPopulation frozen = live.freeze();
      Population first = new Population(players);
      for (int p = 0; p < players; p++) {
        for (int j = 0; j < members[p].length; j++) {
          first.add(
              p,
              new PopulationMember(game.toString(), frozen, p, members[p][j]),
              "p" + p + "_nu" + members[p][j]);
        }
      }
      NeuplJpsro d =
          new NeuplJpsro(game, solver, oracle, evaluator, settings, neupl, live, distiller, first);
      d.extras = losses(losses.distillation(), Double.NaN);
      if (partial != null) {
        // ψ reads this network's embeddings ν (NetworkPsi).
        d.setPartialEvaluation(NetworkPsi.feed(partial, live));
      }
      return d;
    }
  }

  /** The network and distillation settings. */
  public NeuplSettings neuplSettings() {
    return neupl;
  }

  @Override
  protected int absorb(int iteration, List<Target> targets, List<OracleResult> results) {
    FrozenPopulation frozen = live.freeze();
    ObservationSpec spec = live.spec().observation();
    DistillationRows distill = new DistillationRows(spec.size(), spec.numActions());
    DistillationRows reg = new DistillationRows(spec.size(), spec.numActions());
    int[] fresh = new int[targets.size()];
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (live.size(t.player()) >= live.spec().capacity()) {
        throw new IllegalStateException(
            "player "
                + t.player()
                + "'s embedding table is full ("
                + live.spec().capacity()
                + "); raise the neupl option capacity");
      }
      fresh[i] = live.addMember(t.player());
      SplittableRandom random = Seeds.random(settings.seed(), "neupl-distill", iteration, i);
      for (int e = 0; e < neupl.episodes(); e++) {
        var profile = t.opponents().sample(random);
        profile[t.player()] = results.get(i).policy();
        PopulationPlay.distillationEpisode(game, profile, t.player(), fresh[i], distill, random);
      }
    }
    double[] joint = metaStrategy().joint();
    SplittableRandom random = Seeds.random(settings.seed(), "neupl-regularise", iteration);
    for (int e = 0; e < neupl.episodes() * game.numPlayers(); e++) {
      int[] profile = metaGame.profile(Sampling.index(joint, random));
      PopulationPlay.regularisationEpisode(game, frozen, profile, reg, random);
    }
    SplittableRandom trainRandom = Seeds.random(settings.seed(), "neupl-train", iteration);
    PopulationDistiller.Losses losses =
        distiller.train(distill, reg, neupl.distillSteps() * targets.size(), trainRandom);
    FrozenPopulation theta = live.freeze();
    String name = game.toString();
    for (int p = 0; p < game.numPlayers(); p++) {
      for (PolicySlot s : population.slots(p)) {
        replacePolicy(
            s.ref(), new PopulationMember(name, theta, p, s.ref().slot()), SlotRole.ACTIVE);
      }
    }
    for (int i = 0; i < targets.size(); i++) {
      int p = targets.get(i).player();
      addPolicy(
          p,
          new PopulationMember(name, theta, p, fresh[i]),
          targets.get(i).label(),
          SlotRole.ACTIVE);
    }
    extras = losses(losses.distillation(), losses.regularisation());
    return targets.size();
  }

  @Override
  protected Map<String, Double> extraMetrics() {
    Map<String, Double> out = extras;
    extras = losses(Double.NaN, Double.NaN);
    return out;
  }

  /**
   * The extra columns: iteration 0 reports the initial policies' distillation KL (no regularisation
   * yet), an iteration without distillation NaNs, so the header always has them.
   */
  private static Map<String, Double> losses(double distillation, double regularisation) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("distill_kl", distillation);
    m.put("reg_kl", regularisation);
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
