/**
 * Meta-game solvers for PSRO and JPSRO, created by name through {@link
 * org.psro4j.solvers.MetaSolvers}: uniform, Nash (LP for two-player constant-sum, Lemke–Howson for
 * two-player general-sum), projected replicator dynamics, alpha-Rank, rectified Nash, and (coarse)
 * correlated equilibria with max-welfare, max-Gini and max-entropy objectives. Linear programmes go
 * to ojAlgo; the max-Gini and max-entropy (C)CE solve their duals, whose size is the number of
 * deviation constraints rather than the number of joint profiles.
 */
package org.psro4j.solvers;
