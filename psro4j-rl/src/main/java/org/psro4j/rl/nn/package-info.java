/**
 * Neural networks on DJL: the offline PyTorch runtime, the policy/value MLP, and neural policies
 * with their save/load codec.
 */
package org.psro4j.rl.nn;
