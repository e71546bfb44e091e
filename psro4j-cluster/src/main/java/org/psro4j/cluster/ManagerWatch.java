package org.psro4j.cluster;

import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.ClusterEvent;

/** Runs {@code onLeft} once when a member with the manager role is removed from the cluster. */
final class ManagerWatch {

  private ManagerWatch() {}

  static Behavior<ClusterEvent.MemberRemoved> create(Runnable onLeft) {
    return Behaviors.receiveMessage(
        e -> {
          if (e.member().hasRole(ClusterSettings.MANAGER_ROLE)) {
            onLeft.run();
            return Behaviors.stopped();
          }
          return Behaviors.same();
        });
  }
}
