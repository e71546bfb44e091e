package org.psro4j.cluster;

import org.psro4j.pipeline.PipelineManager;

/**
 * Where the manager singleton keeps its run: called on the manager's own thread, so a manager
 * restarted from the same place resumes the run.
 */
public interface ManagerJournal {

  /** Saves {@code manager}'s state as a checkpoint (mid-promotion: no metrics row). */
  void save(PipelineManager manager);

  /** Records a promotion (or the run's start): a metrics row, an event and the checkpoint. */
  void promoted(PipelineManager manager);

  /** Whether the run has ended: every level fixed, or the run's episode budget spent. */
  boolean over(PipelineManager manager);
}
