package org.psro4j.cluster;

import org.psro4j.pipeline.PipelineManager;

/**
 * Where the manager singleton keeps its run: called on the manager's own thread after changes, so a
 * manager restarted from the same place resumes the run.
 */
public interface ManagerJournal {

  /** Saves {@code manager}'s state ({@code finished}: the run has ended). */
  void save(PipelineManager manager, boolean finished);
}
