/**
 * Two-player continuous-control games on MuJoCo: {@code mujoco_cheetah} (coop: each player drives
 * one leg of a planar runner; race: two runners, zero-sum) and {@code mujoco_sumo} (two pucks
 * pushing on a ring). Players act simultaneously every control step with vectors in {@code
 * [0,1]^d}; the MJCF models are bundled under {@code org/psro4j/mujoco/models}. Registered through
 * {@link org.psro4j.game.GameProvider}.
 */
package org.psro4j.mujoco.games;
