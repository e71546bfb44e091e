/**
 * Reinforcement-learning best-response oracles (PPO, DQN, MPO) trained on vectorised rollouts
 * against the co-player distribution of a {@link org.psro4j.psro.BestResponseTask}.
 *
 * <p>Sample cost on Leduc poker. PSRO with projected replicator dynamics and the DQN oracle at its
 * defaults ({@code psro4j run --game leduc_poker --solver prd --oracle dqn --br-steps 50000
 * --iterations 46}, about 10.7k episodes per best response) reaches exact NashConv 0.6 after about
 * 0.85–0.92M oracle episodes in all (seeds 42 and 7); {@code psro4j bench --only leduc-rl} runs it.
 * The DQN defaults (replay ratio 16, batch 256, target copy every 500 updates) came from that
 * sweep: the earlier ratio 2 left each best response under-trained for its data. With the Nash
 * meta-solver the same oracle ends near 0.9, and PPO needs several times the episodes, being
 * on-policy. Keeping experience across best responses ({@code reuse=true}) did not help there.
 */
package org.psro4j.rl.algo;
