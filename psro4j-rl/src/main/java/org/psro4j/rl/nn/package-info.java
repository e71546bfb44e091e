/**
 * Neural networks on DJL: the offline PyTorch runtime, the policy/value MLP, the batch-renormalised
 * critic, and neural policies (softmax or greedy over discrete actions, squashed Gaussians over
 * action vectors) with their save/load codecs.
 */
package org.psro4j.rl.nn;
