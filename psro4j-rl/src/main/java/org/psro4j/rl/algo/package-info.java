/**
 * Reinforcement-learning best-response oracles (PPO, DQN, MPO) trained on vectorised rollouts
 * against the co-player distribution of a {@link org.psro4j.psro.BestResponseTask}.
 *
 * <p>Sample cost on Leduc poker (exact NashConv against all oracle episodes of a run). PSRO with
 * projected replicator dynamics and the DQN oracle at its defaults ({@code psro4j run --game
 * leduc_poker --solver prd --oracle dqn --br-steps 50000 --iterations 46}, about 10.7k episodes per
 * best response; {@code psro4j bench --only leduc-rl}) first reaches NashConv 0.6 after 0.94M
 * episodes and ends at 0.555 after 0.99M (seed 42; seed 7: 0.87M and 0.48). The DQN defaults
 * (replay ratio 16, batch 256, target copy every 500 updates) came from that sweep; replay ratio
 * 32 ended at 0.64 and 0.66 instead. With the Nash meta-solver the same oracle ends near 0.9;
 * PPO (defaults: rollouts of 1024 steps, minibatches of 128) ends at 0.85 with PRD, being
 * on-policy. Keeping experience across best responses ({@code reuse=true}) ended worse (1.0
 * with PRD, 1.1 with Nash).
 */
package org.psro4j.rl.algo;
