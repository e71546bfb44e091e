package org.psro4j.cluster;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * A member's side of the secret handshake: greets the manager singleton (again every two seconds
 * until it answers), proves the secret over its challenge, and completes {@code welcome} with the
 * manager's token and run, or exceptionally when refused. When the manager says the run is finished
 * it runs {@code onRunFinished}.
 */
final class GateActor {

  /** The member's registration: the token for later requests and what the run trains. */
  record Registration(String token, RunSpec spec) {}

  private GateActor() {}

  static Behavior<WorkerProtocol> create(
      ActorRef<ManagerProtocol> manager,
      SharedSecret secret,
      CompletableFuture<Registration> welcome,
      Runnable onRunFinished) {
    return Behaviors.setup(
        ctx ->
            Behaviors.withTimers(
                timers -> {
                  ActorRef<WorkerProtocol> self = ctx.getSelf();
                  manager.tell(new ManagerProtocol.Hello(self));
                  timers.startTimerWithFixedDelay(
                      new WorkerProtocol.RetryHello(), Duration.ofSeconds(2));
                  return Behaviors.receive(WorkerProtocol.class)
                      .onMessage(
                          WorkerProtocol.RetryHello.class,
                          m -> {
                            if (!welcome.isDone()) {
                              manager.tell(new ManagerProtocol.Hello(self));
                            }
                            return Behaviors.same();
                          })
                      .onMessage(
                          WorkerProtocol.Challenge.class,
                          m -> {
                            String path = Registrar.path(ctx.getSystem(), self);
                            manager.tell(
                                new ManagerProtocol.Proof(
                                    self, m.nonce(), secret.prove(m.nonce(), path)));
                            return Behaviors.same();
                          })
                      .onMessage(
                          WorkerProtocol.Welcome.class,
                          m -> {
                            timers.cancelAll();
                            welcome.complete(new Registration(m.token(), m.spec()));
                            return Behaviors.same();
                          })
                      .onMessage(
                          WorkerProtocol.Finished.class,
                          m -> {
                            onRunFinished.run();
                            return Behaviors.same();
                          })
                      .onMessage(
                          WorkerProtocol.Refused.class,
                          m -> {
                            timers.cancelAll();
                            welcome.completeExceptionally(new IllegalArgumentException(m.reason()));
                            return Behaviors.same();
                          })
                      .build();
                }));
  }
}
