package org.psro4j.cluster;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.cluster.Cluster;
import org.apache.pekko.cluster.ClusterEvent;
import org.apache.pekko.cluster.typed.Subscribe;
import org.psro4j.cluster.ManagerProtocol.Claim;
import org.psro4j.cluster.ManagerProtocol.Evaluated;
import org.psro4j.cluster.ManagerProtocol.Hello;
import org.psro4j.cluster.ManagerProtocol.MemberGone;
import org.psro4j.cluster.ManagerProtocol.MemberUnreachable;
import org.psro4j.cluster.ManagerProtocol.Proof;
import org.psro4j.cluster.ManagerProtocol.Report;
import org.psro4j.cluster.ManagerProtocol.Submit;
import org.psro4j.cluster.ManagerProtocol.Tick;
import org.psro4j.pipeline.Blobs;
import org.psro4j.pipeline.PipelineManager;
import org.psro4j.pipeline.PipelineProtocol.Assignment;
import org.psro4j.pipeline.PipelineProtocol.EvaluationRequest;
import org.psro4j.pipeline.PipelineProtocol.OpponentMix;
import org.psro4j.pipeline.PipelineProtocol.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Pipeline PSRO manager as a cluster singleton actor: turns members' messages into calls on one
 * {@link PipelineManager} (which it alone touches), hands out levels and evaluations, frees the
 * leases of members that leave or are downed, expires silent leases, and saves the run through its
 * {@link ManagerJournal}. Members must prove the run's {@link SharedSecret} first; one that fails
 * is refused and downed.
 */
public final class ManagerActor extends AbstractBehavior<ManagerProtocol> {

  private static final Duration TICK = Duration.ofSeconds(1);
  private static final Duration SAVE_EVERY = Duration.ofSeconds(5);
  private static final Duration REFUSED_DOWN_DELAY = Duration.ofSeconds(3);
  private static final Logger LOG = LoggerFactory.getLogger(ManagerActor.class);

  private final PipelineManager manager;
  private final RunSpec spec;
  private final ManagerJournal journal;
  private final LongSupplier clock;
  private final Registrar registrar;
  private final Map<String, String> tokens = new HashMap<>(); // token -> member address
  // worker id -> blob keys sent to that worker thread since its last claim; each thread gets what
  // it needs itself, as the member's threads fill their shared cache independently.
  private final Map<String, Set<String>> sent = new HashMap<>();
  private final Map<String, Set<String>> workers = new HashMap<>(); // address -> worker ids
  private final ArrayDeque<EvaluationRequest> evaluations = new ArrayDeque<>();
  private final Map<Long, String> evaluating = new HashMap<>(); // request id -> member address
  // level "p/l" -> the worker whose checkpoint of it was last logged at INFO
  private final Map<String, String> checkpointLogged = new HashMap<>();
  private boolean dirty;
  private long lastSave;
  private boolean finishedRecorded;

  private ManagerActor(
      ActorContext<ManagerProtocol> ctx,
      PipelineManager manager,
      RunSpec spec,
      SharedSecret secret,
      ManagerJournal journal,
      LongSupplier clock) {
    super(ctx);
    this.manager = manager;
    this.spec = spec;
    this.journal = journal;
    this.clock = clock;
    this.registrar = new Registrar(secret, ctx.getSystem());
    ActorRef<ClusterEvent.MemberRemoved> removed =
        ctx.messageAdapter(
            ClusterEvent.MemberRemoved.class, e -> new MemberGone(e.member().address().toString()));
    org.apache.pekko.cluster.typed.Cluster.get(ctx.getSystem())
        .subscriptions()
        .tell(Subscribe.create(removed, ClusterEvent.MemberRemoved.class));
    ActorRef<ClusterEvent.UnreachableMember> unreachable =
        ctx.messageAdapter(
            ClusterEvent.UnreachableMember.class,
            e -> new MemberUnreachable(e.member().address().toString()));
    org.apache.pekko.cluster.typed.Cluster.get(ctx.getSystem())
        .subscriptions()
        .tell(Subscribe.create(unreachable, ClusterEvent.UnreachableMember.class));
  }

  /**
   * The singleton's behaviour around {@code manager}; the run ends when {@code journal} says it is
   * {@link ManagerJournal#over over}.
   */
  public static Behavior<ManagerProtocol> create(
      PipelineManager manager,
      RunSpec spec,
      SharedSecret secret,
      ManagerJournal journal,
      LongSupplier clock) {
    return Behaviors.setup(
        ctx ->
            Behaviors.withTimers(
                timers -> {
                  timers.startTimerWithFixedDelay(new Tick(), TICK);
                  return new ManagerActor(ctx, manager, spec, secret, journal, clock);
                }));
  }

  /** Whether the run is over: every level fixed, or the episode budget spent. */
  private boolean over() {
    return journal.over(manager);
  }

  @Override
  public Receive<ManagerProtocol> createReceive() {
    return newReceiveBuilder()
        .onMessage(Hello.class, this::onHello)
        .onMessage(Proof.class, this::onProof)
        .onMessage(Claim.class, this::onClaim)
        .onMessage(Report.class, this::onReport)
        .onMessage(Submit.class, this::onSubmit)
        .onMessage(Evaluated.class, this::onEvaluated)
        .onMessage(MemberGone.class, this::onMemberGone)
        .onMessage(
            MemberUnreachable.class,
            m -> {
              LOG.info("member {} unreachable", m.address());
              return this;
            })
        .onMessage(Tick.class, t -> onTick())
        .build();
  }

  private Behavior<ManagerProtocol> onHello(Hello m) {
    m.gate().tell(new WorkerProtocol.Challenge(registrar.challenge(m.gate())));
    return this;
  }

  private Behavior<ManagerProtocol> onProof(Proof m) {
    if (registrar.isRegistered(m.gate())) {
      // A slow gate greets again before its welcome arrives and answers every challenge; the
      // first right answer registered it, the later ones change nothing (and down nobody).
      return this;
    }
    String address = addressOf(m.gate());
    if (!registrar.accept(m.gate(), m.nonce(), m.mac())) {
      LOG.warn("member {} failed the secret challenge: refused and downed", address);
      m.gate().tell(new WorkerProtocol.Refused("wrong secret for run " + spec.runId()));
      var classic = Cluster.get(Adapter.toClassic(getContext().getSystem()));
      var target = m.gate().path().address();
      if (!target.hasLocalScope()) {
        // Downed a moment later: downing at once quarantines the member and can drop the refusal
        // on its way, leaving the member without its reason.
        getContext()
            .getSystem()
            .scheduler()
            .scheduleOnce(
                REFUSED_DOWN_DELAY,
                () -> classic.down(target),
                getContext().getSystem().executionContext());
      }
      return this;
    }
    String token = UUID.randomUUID().toString();
    tokens.put(token, address);
    m.gate().tell(new WorkerProtocol.Welcome(token, spec));
    return this;
  }

  private Behavior<ManagerProtocol> onClaim(Claim m) {
    String address = tokens.get(m.token());
    if (address == null) {
      m.replyTo().tell(new WorkerProtocol.Finished("not registered with this manager"));
      return this;
    }
    if (over()) {
      m.replyTo().tell(new WorkerProtocol.Finished("the run is finished"));
      return this;
    }
    long now = clock.getAsLong();
    if (m.evaluator()) {
      evaluations.addAll(manager.takeEvaluations());
      while (!evaluations.isEmpty()) {
        EvaluationRequest r = evaluations.poll();
        if (!manager.isCurrent(r)) {
          continue;
        }
        evaluating.put(r.id(), address);
        Map<String, byte[]> blobs = new LinkedHashMap<>();
        for (int p = 0; p < r.slots().length; p++) {
          int slot = r.slots()[p];
          blobs.put(
              PolicyCache.key(p, slot, manager.policyVersion(p, slot)),
              manager.policyBlob(p, slot));
        }
        m.replyTo().tell(new WorkerProtocol.Evaluate(r, blobs));
        return this;
      }
      m.replyTo().tell(new WorkerProtocol.Idle());
      return this;
    }
    String worker = address + "/" + m.worker();
    Optional<Assignment> a = manager.claim(worker, now);
    if (a.isEmpty()) {
      m.replyTo().tell(new WorkerProtocol.Idle());
      return this;
    }
    workers.computeIfAbsent(address, k -> new HashSet<>()).add(worker);
    dirty = true;
    var lease = a.get().lease();
    LOG.info(
        "claim p{} level {} by {} (steps {}, {})",
        lease.player(),
        lease.level(),
        worker,
        startSteps(a.get()),
        a.get().checkpoint() == null ? "fresh" : "from checkpoint");
    sent.remove(worker); // a claim starts the level over on the worker's side: send it all
    Map<String, byte[]> blobs = opponentBlobs(worker, a.get().mix());
    String warmStart = null;
    if (a.get().checkpoint() == null
        && lease.level() > 0
        && manager.policyBlob(lease.player(), lease.level() - 1) != null) {
      int below = lease.level() - 1;
      warmStart =
          PolicyCache.key(lease.player(), below, manager.policyVersion(lease.player(), below));
      addBlob(worker, lease.player(), below, blobs);
    }
    m.replyTo().tell(new WorkerProtocol.Train(a.get(), blobs, warmStart));
    return this;
  }

  private Behavior<ManagerProtocol> onReport(Report m) {
    String address = tokens.get(m.token());
    if (address == null || !m.progress().worker().startsWith(address + "/")) {
      m.replyTo().tell(new WorkerProtocol.Answer(Verdict.LOST, null, Map.of()));
      return this;
    }
    long now = clock.getAsLong();
    if (m.snapshot() != null
        && manager.snapshot(m.snapshot(), now)
        && m.snapshot().checkpoint() != null) {
      saveNow(); // a learner checkpoint is on disk before anyone hears of it
      // The first checkpoint of a level by a worker at INFO, the rest (one per report interval,
      // hundreds in a run) at DEBUG: the manager's output stays readable.
      String level = m.snapshot().player() + "/" + m.snapshot().level();
      boolean first =
          !m.snapshot().worker().equals(checkpointLogged.put(level, m.snapshot().worker()));
      String text = "checkpoint p{} level {} at steps {} by {} saved";
      Object[] args = {
        m.snapshot().player(), m.snapshot().level(), m.snapshot().steps(), m.snapshot().worker()
      };
      if (first) {
        LOG.info(text + " (later ones of this level by this worker: debug)", args);
      } else {
        LOG.debug(text, args);
      }
    }
    Verdict v = manager.progress(m.progress(), now);
    dirty = true;
    if (!finishedRecorded && over()) {
      saveNow();
      recordPromotions(-1); // the budget is spent: the run's last row
    }
    if (v == Verdict.RETARGET) {
      OpponentMix mix = manager.mix(m.progress().player(), m.progress().level());
      m.replyTo()
          .tell(new WorkerProtocol.Answer(v, mix, opponentBlobs(m.progress().worker(), mix)));
    } else {
      m.replyTo().tell(new WorkerProtocol.Answer(v, null, Map.of()));
    }
    return this;
  }

  private Behavior<ManagerProtocol> onSubmit(Submit m) {
    String address = tokens.get(m.token());
    long before = manager.promotions();
    boolean ok =
        address != null
            && m.submission().worker().startsWith(address + "/")
            && manager.submit(m.submission(), clock.getAsLong());
    m.replyTo().tell(new WorkerProtocol.Ack(ok));
    if (ok) {
      LOG.info(
          "submit p{} level {} by {}",
          m.submission().player(),
          m.submission().level(),
          m.submission().worker());
      saveNow();
      recordPromotions(before);
    }
    return this;
  }

  private Behavior<ManagerProtocol> onEvaluated(Evaluated m) {
    String address = tokens.get(m.token());
    boolean ok = address != null && address.equals(evaluating.remove(m.result().id()));
    if (ok) {
      long before = manager.promotions();
      manager.complete(m.result(), clock.getAsLong());
      dirty = true;
      recordPromotions(before);
    }
    m.replyTo().tell(new WorkerProtocol.Ack(ok));
    return this;
  }

  private Behavior<ManagerProtocol> onMemberGone(MemberGone m) {
    long now = clock.getAsLong();
    for (String worker : workers.getOrDefault(m.address(), Set.of())) {
      manager.release(worker, now);
    }
    if (workers.containsKey(m.address())) {
      if (over()) {
        LOG.info("member {} left: the run is finished", m.address());
      } else {
        LOG.info("member {} removed: its leases are free", m.address());
      }
    }
    workers.remove(m.address());
    evaluating
        .entrySet()
        .removeIf(
            e -> {
              if (e.getValue().equals(m.address())) {
                manager.abandon(e.getKey());
                return true;
              }
              return false;
            });
    tokens.entrySet().removeIf(e -> e.getValue().equals(m.address()));
    sent.keySet().removeIf(w -> w.startsWith(m.address() + "/"));
    dirty = true;
    return this;
  }

  private Behavior<ManagerProtocol> onTick() {
    for (var lease : manager.expire(clock.getAsLong())) {
      LOG.info(
          "lease of p{} level {} by {} expired", lease.player(), lease.level(), lease.worker());
      dirty = true;
    }
    // Progress, claims and entries are saved every few seconds; checkpoints and submissions are
    // saved as they come (saveNow), so a restarted manager loses no learner state.
    if (dirty && clock.getAsLong() - lastSave >= SAVE_EVERY.toMillis()) {
      saveNow();
    }
    return this;
  }

  private void saveNow() {
    if (!finishedRecorded) {
      journal.save(manager);
    }
    lastSave = clock.getAsLong();
    dirty = false;
  }

  /** Records a promotion (a metrics row) when {@code before} promotions grew or the run ended. */
  private void recordPromotions(long before) {
    if (finishedRecorded || (manager.promotions() == before && !over())) {
      return;
    }
    LOG.info(
        "fixed: {} promotions, {} table entries", manager.promotions(), manager.tableUpdates());
    finishedRecorded = over();
    journal.promoted(manager);
    dirty = false;
    if (finishedRecorded) {
      // Members hear it before the manager leaves, so they stop rather than wait for its return.
      for (ActorRef<WorkerProtocol> gate : registrar.registered()) {
        gate.tell(new WorkerProtocol.Finished("the run is finished"));
      }
    }
  }

  /**
   * The steps the claimer starts from: its checkpoint's own count (the level's last reports may
   * have run past the checkpoint of a worker that died), else the level's reported count.
   */
  private static long startSteps(Assignment a) {
    return a.checkpoint() == null ? a.steps() : Blobs.checkpointSteps(a.checkpoint(), a.steps());
  }

  private Map<String, byte[]> opponentBlobs(String worker, OpponentMix mix) {
    Map<String, byte[]> blobs = new LinkedHashMap<>();
    if (mix == null) {
      return blobs;
    }
    double[][] w = mix.weights();
    for (int q = 0; q < w.length; q++) {
      for (int k = 0; k < w[q].length; k++) {
        if (w[q][k] > 0) {
          addBlob(worker, q, k, blobs);
        }
      }
    }
    return blobs;
  }

  private void addBlob(String worker, int player, int slot, Map<String, byte[]> into) {
    String key = PolicyCache.key(player, slot, manager.policyVersion(player, slot));
    if (sent.computeIfAbsent(worker, t -> new HashSet<>()).add(key)) {
      into.put(key, manager.policyBlob(player, slot));
    }
  }

  private String addressOf(ActorRef<?> ref) {
    var address = ref.path().address();
    if (address.hasLocalScope()) {
      address = Cluster.get(Adapter.toClassic(getContext().getSystem())).selfAddress();
    }
    return address.toString();
  }
}
