package org.psro4j.cli.ctf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfMatch;
import org.psro4j.games.ctf.CtfState;
import org.psro4j.io.AtomicFiles;
import org.psro4j.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code psro4j ctf picture}: one episode's paths, tags and captures drawn on the map. */
@Command(
    name = "picture",
    mixinStandardHelpOptions = true,
    description = {
      "Plays one capture_the_flag episode and draws it into --out/ctf_episode.png: the map, every"
          + " player's path, tags, flag pickups and captures; also writes the final map as text"
          + " (ctf_episode.txt).",
      "A side is a bot (attacker, defender, random) or a policy file, for all its seats or one per"
          + " seat separated by commas."
    },
    footer = {
      "",
      "Examples:",
      "  psro4j ctf picture --red attacker,defender --blue random --out ctf-out",
      "  psro4j ctf picture --game \"capture_the_flag(size=9,horizon=100)\""
          + " --red runs/ctf/policies/p0_4.json,runs/ctf/policies/p2_4.json --blue defender"
    })
final class CtfPictureCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--game",
      defaultValue = "capture_the_flag",
      description = "A capture_the_flag game string (default: ${DEFAULT-VALUE}).")
  String game;

  @Option(
      names = "--red",
      defaultValue = "attacker,defender",
      paramLabel = "POLICIES",
      description = "Red's seats 0,2 (default: ${DEFAULT-VALUE}).")
  String red;

  @Option(
      names = "--blue",
      defaultValue = "random",
      paramLabel = "POLICIES",
      description = "Blue's seats 1,3 (default: ${DEFAULT-VALUE}).")
  String blue;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of stochastic policies' draws (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "ctf-pictures",
      description = "Directory for the files (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--force", description = "Replace a picture already in --out.")
  boolean force;

  @Option(names = "--json", description = "Print the result as JSON on stdout.")
  boolean json;

  @Option(names = "--quiet", description = "Print nothing on success.")
  boolean quiet;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() {
    CaptureTheFlag ctf = CtfCommand.loadGame("--game", game);
    Policy[] reds = CtfCommand.side("--red", red, ctf);
    Policy[] blues = CtfCommand.side("--blue", blue, ctf);
    Path picture = out.resolve("ctf_episode.png");
    Path text = out.resolve("ctf_episode.txt");
    if (!force && (Files.exists(picture) || Files.exists(text))) {
      throw new IllegalArgumentException(
          "--out " + out + " already holds ctf_episode.png; use --force to replace it");
    }
    int n = ctf.numPlayers();
    Policy[] profile = new Policy[n];
    String[] labels = new String[n];
    String[] redLabels = red.split(",", -1);
    String[] blueLabels = blue.split(",", -1);
    for (int p = 0; p < n; p++) {
      boolean isRed = CaptureTheFlag.team(p) == 0;
      profile[p] = (isRed ? reds : blues)[p / 2];
      String[] names = isRed ? redLabels : blueLabels;
      labels[p] = label(names[names.length == 1 ? 0 : p / 2]);
    }
    List<CtfState> frames = CtfMatch.frames(ctf, profile, new SplittableRandom(seed));
    String title = ctf + ", seed " + seed;
    AtomicFiles.write(picture, CtfTracePicture.draw(frames, title, labels));
    AtomicFiles.write(text, frames.getLast() + "\n");
    CtfState last = frames.getLast();
    PrintWriter writer = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = new ObjectMapper().createObjectNode();
      root.put("game", ctf.toString());
      root.put("red", red);
      root.put("blue", blue);
      root.put("seed", seed);
      root.put("red_captures", last.captures(0));
      root.put("blue_captures", last.captures(1));
      root.putArray("files").add(picture.toString()).add(text.toString());
      writer.println(root.toPrettyString());
    } else if (!quiet) {
      writer.printf(
          "captures: red (%s) %d, blue (%s) %d%n", red, last.captures(0), blue, last.captures(1));
      writer.println("wrote " + picture);
      writer.println("wrote " + text);
    }
    writer.flush();
    return 0;
  }

  /** A policy file is labelled by its file name. */
  static String label(String policy) {
    String name = Path.of(policy.strip()).getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }
}
