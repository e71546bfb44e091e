package org.psro4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AotTrainingTest {

  @Test
  void everyTrainingCommandSucceeds() throws Exception {
    int[] codes = AotTraining.run();
    assertThat(codes).hasSize(AotTraining.COMMANDS.size()).containsOnly(0);
  }
}
