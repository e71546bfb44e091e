package org.psro4j.mujoco.games;

/**
 * The part of a MuJoCo simulation that a game state owns: positions, velocities, the constraint
 * solver's warm start (so a restored state steps bit for bit like the original) and the time.
 */
final class PhysicsState {

  final double[] qpos;
  final double[] qvel;
  final double[] warmstart;
  double time;

  PhysicsState(int nq, int nv) {
    qpos = new double[nq];
    qvel = new double[nv];
    warmstart = new double[nv];
  }

  private PhysicsState(PhysicsState other) {
    qpos = other.qpos.clone();
    qvel = other.qvel.clone();
    warmstart = other.warmstart.clone();
    time = other.time;
  }

  PhysicsState copy() {
    return new PhysicsState(this);
  }
}
