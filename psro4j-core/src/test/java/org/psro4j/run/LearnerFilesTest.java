package org.psro4j.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.state.LearnerState;

/**
 * A learner's blobs that did not change keep their file from checkpoint to checkpoint (a fixed
 * Pipeline level's policy is written once, not at every promotion); the changed ones go to a fresh
 * generation folder; the files on disk are always exactly those the latest checkpoint names, also
 * after a process that wrote blobs but died before naming them in {@code state.json}.
 */
class LearnerFilesTest {

  @TempDir Path dir;

  @Test
  void unchangedBlobsKeepTheirFilesAndOnlyNamedFilesRemain() throws Exception {
    LearnerFiles files = new LearnerFiles(dir);
    byte[] fixed = {1, 2, 3};
    Map<String, LearnerState> first = learner(Map.of("fixed.policy", fixed, "active", bytes(4)));
    Map<String, String> one = files.write(first).get("pipeline");
    files.removeStale(first);
    assertThat(one)
        .containsEntry("fixed.policy", "checkpoint/learners/pipeline/1/fixed.policy")
        .containsEntry("active", "checkpoint/learners/pipeline/1/active");

    // A new state: the fixed blob (a copy with equal bytes) keeps its file, the active one moves.
    Map<String, LearnerState> second =
        learner(Map.of("fixed.policy", fixed.clone(), "active", bytes(5), "new", bytes(6)));
    Map<String, String> two = files.write(second).get("pipeline");
    assertThat(two)
        .containsEntry("fixed.policy", "checkpoint/learners/pipeline/1/fixed.policy")
        .containsEntry("active", "checkpoint/learners/pipeline/2/active")
        .containsEntry("new", "checkpoint/learners/pipeline/2/new");
    // Until state.json names the new files, the old ones stay (a kill here restores state 1).
    assertThat(dir.resolve("checkpoint/learners/pipeline/1/active")).hasBinaryContent(bytes(4));
    files.removeStale(second);
    assertThat(onDisk()).containsExactlyInAnyOrderElementsOf(two.values());
    assertThat(dir.resolve(two.get("fixed.policy"))).hasBinaryContent(fixed);
    assertThat(dir.resolve(two.get("active"))).hasBinaryContent(bytes(5));

    // The fixed blob changes at last: generation 1 empties and goes.
    Map<String, LearnerState> third =
        learner(Map.of("fixed.policy", bytes(7), "active", bytes(5), "new", bytes(6)));
    Map<String, String> three = files.write(third).get("pipeline");
    files.removeStale(third);
    assertThat(three.get("fixed.policy")).isEqualTo("checkpoint/learners/pipeline/3/fixed.policy");
    assertThat(onDisk()).containsExactlyInAnyOrderElementsOf(three.values());
    assertThat(dir.resolve("checkpoint/learners/pipeline/1")).doesNotExist();
  }

  @Test
  void aLaterProcessRemovesBlobsAnEarlierOneWroteButNeverNamed() throws Exception {
    LearnerFiles before = new LearnerFiles(dir);
    Map<String, LearnerState> saved = learner(Map.of("a", bytes(1), "b", bytes(2)));
    Map<String, String> named = before.write(saved).get("pipeline");
    before.removeStale(saved);
    // The process writes the next blobs and is killed before state.json names them.
    before.write(learner(Map.of("a", bytes(1), "b", bytes(3))));
    assertThat(dir.resolve("checkpoint/learners/pipeline/2/b")).exists();

    // The resumed process restores state 1 and saves a state of its own.
    LearnerFiles after = new LearnerFiles(dir);
    Map<String, LearnerState> next = learner(Map.of("a", bytes(1), "b", bytes(4)));
    Map<String, String> now = after.write(next).get("pipeline");
    assertThat(now.get("b")).isEqualTo("checkpoint/learners/pipeline/3/b");
    assertThat(dir.resolve(named.get("b"))).hasBinaryContent(bytes(2));
    after.removeStale(next);
    assertThat(onDisk()).containsExactlyInAnyOrderElementsOf(now.values());
    assertThat(dir.resolve(now.get("a"))).hasBinaryContent(bytes(1));
    // A learner no longer in the state loses its folder.
    after.write(Map.of());
    after.removeStale(Map.of());
    assertThat(dir.resolve("checkpoint/learners/pipeline")).doesNotExist();
  }

  private static Map<String, LearnerState> learner(Map<String, byte[]> blobs) {
    return Map.of("pipeline", new LearnerState("pipeline", "{}", new LinkedHashMap<>(blobs)));
  }

  private static byte[] bytes(int seed) {
    return new byte[] {(byte) seed, (byte) (seed * 3), (byte) (seed * 7)};
  }

  private List<String> onDisk() throws Exception {
    try (Stream<Path> walk = Files.walk(dir.resolve("checkpoint/learners"))) {
      return walk
          .filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new))
          .stream()
          .toList();
    }
  }
}
