package org.psro4j.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deletes a run's policy files that a newer version of the same slot replaced (e.g. the older
 * snapshots of a Pipeline level that is still training, or of a learner checkpointed
 * mid-iteration), so that {@code policies/} holds what the checkpoint names and nothing more. A
 * file goes only after {@code checkpoint/state.json} names its successor and that rename is on
 * disk, so a kill at any moment leaves a checkpoint whose files all exist; a file some kept policy
 * file names (an alias's parameters) is kept.
 */
final class SupersededPolicies {

  private static final Pattern SLOT_FILE = Pattern.compile("p(\\d+)_(\\d+)(_v\\d+)?\\.json");

  private SupersededPolicies() {}

  /**
   * Deletes {@code superseded} (names relative to the run, {@code policies/...}) and their sibling
   * files, once the checkpoint written just before is durable; {@code kept} are the files the
   * checkpoint names.
   */
  static void delete(Path dir, List<String> superseded, List<List<String>> kept) {
    if (superseded.isEmpty()) {
      return;
    }
    syncDirectory(dir.resolve("checkpoint"));
    syncDirectory(dir.resolve("policies"));
    Set<String> keptNames = new HashSet<>();
    for (List<String> files : kept) {
      keptNames.addAll(files);
    }
    String keptText = keptText(dir, keptNames);
    for (String name : superseded) {
      if (!keptNames.contains(name)) {
        deleteWithSiblings(dir.resolve(name), keptText);
      }
    }
  }

  /**
   * The superseded files a run left behind when it stopped between writing its checkpoint and
   * deleting them: a slot file of a slot the checkpoint names under another file.
   */
  static List<String> leftBehind(Path dir, List<List<String>> kept) {
    List<String> out = new ArrayList<>();
    Path policies = dir.resolve("policies");
    if (!Files.isDirectory(policies)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(policies, "p*.json")) {
      for (Path f : files) {
        Matcher m = SLOT_FILE.matcher(f.getFileName().toString());
        if (!m.matches()) {
          continue;
        }
        int p = Integer.parseInt(m.group(1));
        int k = Integer.parseInt(m.group(2));
        String name = "policies/" + f.getFileName();
        if (p < kept.size() && k < kept.get(p).size() && !kept.get(p).get(k).equals(name)) {
          out.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + policies, e);
    }
    out.sort(null);
    return out;
  }

  private static String keptText(Path dir, Set<String> keptNames) {
    StringBuilder b = new StringBuilder();
    for (String name : keptNames) {
      try {
        b.append(Files.readString(dir.resolve(name), StandardCharsets.UTF_8)).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + dir.resolve(name), e);
      }
    }
    return b.toString();
  }

  /** Deletes {@code file} and the files beside it named {@code STEM.*} that no kept file names. */
  private static void deleteWithSiblings(Path file, String keptText) {
    String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
    try (DirectoryStream<Path> siblings =
        Files.newDirectoryStream(file.getParent(), escapeGlob(stem) + ".*")) {
      for (Path s : siblings) {
        String name = s.getFileName().toString();
        if (!s.equals(file) && !keptText.contains("\"" + name + "\"")) {
          Files.deleteIfExists(s);
        }
      }
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }

  private static String escapeGlob(String s) {
    return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
  }

  /** Forces a directory's entries (the renames into it) to disk, where the platform allows it. */
  private static void syncDirectory(Path d) {
    if (!Files.isDirectory(d)) {
      return;
    }
    try (FileChannel ch = FileChannel.open(d, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms cannot open a directory; the rename is then as durable as they make it.
    }
  }
}
