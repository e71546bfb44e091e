/**
 * Training sessions: learning best-response oracles as resumable processes (start from a task,
 * train in pieces reporting progress, retarget, snapshot a policy, save and restore the whole
 * learner state as JSON plus parameter files), in the manner of RLlib's learner checkpoint
 * contract. The one-shot {@link org.psro4j.psro.BestResponseOracle} stays for exact oracles; a
 * {@link org.psro4j.learn.LearningOracle} is a session run to its budget.
 */
package org.psro4j.learn;
