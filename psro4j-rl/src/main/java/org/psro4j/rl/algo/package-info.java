/**
 * Reinforcement-learning best-response oracles trained against the co-player distribution of a
 * {@link org.psro4j.psro.BestResponseTask}: PPO, DQN and MPO for discrete actions on vectorised
 * rollouts; SAC and CrossQ for continuous actions on continuous rollouts with a replay buffer. Each
 * is a {@link org.psro4j.learn.LearningOracle} whose best response is a resumable {@link
 * org.psro4j.learn.TrainingSession} ({@code RolloutSession} is the loop they share) run to its
 * budget; PPO also trains recurrent policies ({@code policy_net=lstm|gru}).
 *
 * <p>Sample cost on Leduc poker (exact NashConv against all oracle episodes of a run). PSRO with
 * projected replicator dynamics and the DQN oracle at its defaults ({@code psro4j run --game
 * leduc_poker --solver prd --oracle dqn --br-steps 50000 --iterations 46}, about 10.7k episodes per
 * best response; {@code psro4j bench --only leduc-rl}) first reaches NashConv 0.6 after 0.73M
 * episodes and ends at 0.49 after 1.0M (seed 42; seed 7: 0.87M and 0.52). The DQN defaults came
 * from one-at-a-time sweeps of that run: replay ratio 16 (8 ended at 0.64 and 0.57, 32 at 0.64 and
 * 0.66), learning rate 5e-4 (1e-3 ended at 0.555 and 0.48, 2e-3 at 0.58, 2.5e-4 at 0.58), batch 256
 * and a target copy every 500 updates. With the Nash meta-solver the oracle ends near 0.9; PPO
 * (defaults: rollouts of 1024 steps, minibatches of 128) ends at 0.85 with PRD, being on-policy.
 * Keeping DQN experience across best responses, replayed reweighted to each new target's co-player
 * mixture, was tried and removed: it ended worse (1.0 with PRD, 1.1 with Nash) and made the oracle
 * keep state between best responses.
 */
package org.psro4j.rl.algo;
