/**
 * Neural networks on DJL: the offline PyTorch runtime, the policy/value MLP, the batch-renormalised
 * critic, the LSTM and GRU cores, and neural policies (softmax or greedy over discrete actions,
 * recurrent policies with per-episode memory, squashed Gaussians over action vectors) with their
 * save/load codecs.
 */
package org.psro4j.rl.nn;
