package org.psro4j.cli.ssa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psro4j.io.AtomicFiles;
import org.psro4j.policy.Policy;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.evaluation.CustodyTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code psro4j ssa pictures}: the ground-track map and one episode's custody timeline. */
@Command(
    name = "pictures",
    mixinStandardHelpOptions = true,
    description = {
      "Draws two pictures of an ssa_coverage game into --out: ground_track.png, the sub-satellite"
          + " points of both constellations and all objects at --hour with the sensors' recent"
          + " ground tracks; custody_timeline.png, who held custody of each object (Blue, Red,"
          + " both, neither) over one episode played by --blue against --red.",
      "A side's policy is a heuristic name or a policy file (e.g. from a run's policies/)."
    },
    footer = {
      "",
      "Examples:",
      "  psro4j ssa pictures --game \"ssa_coverage()\" --blue reactive --red predictive --hour 12"
          + " --out runs/ssa-pictures",
      "  psro4j ssa pictures --game \"ssa_coverage(dazzle=true)\" --blue runs/ssa/policies/p0_3.json"
          + " --red aggressive --episode 7 --out pics"
    })
final class PicturesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--game",
      defaultValue = "ssa_coverage()",
      description = "An ssa_coverage game string (default: ${DEFAULT-VALUE}).")
  String game;

  @Option(
      names = "--blue",
      defaultValue = "reactive",
      paramLabel = "POLICY",
      description = "Blue's heuristic or policy file (default: ${DEFAULT-VALUE}).")
  String blue;

  @Option(
      names = "--red",
      defaultValue = "predictive",
      paramLabel = "POLICY",
      description = "Red's heuristic or policy file (default: ${DEFAULT-VALUE}).")
  String red;

  @Option(
      names = "--hour",
      defaultValue = "0",
      paramLabel = "H",
      description =
          "Time of the ground-track map, hours into the window (default: ${DEFAULT-VALUE}).")
  double hour;

  @Option(
      names = "--episode",
      defaultValue = "0",
      description = "Episode index played for the custody timeline (default: ${DEFAULT-VALUE}).")
  int episode;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of stochastic policies' draws (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "runs/ssa-pictures",
      description = "Directory for the PNG files (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--force", description = "Replace pictures already in --out.")
  boolean force;

  @Option(names = "--json", description = "Print the result as JSON on stdout.")
  boolean json;

  @Option(names = "--quiet", description = "Print nothing on success.")
  boolean quiet;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() {
    SsaCoverage ssa = SsaCommand.loadGame(game);
    int hours = ssa.settings().hours();
    if (!(hour >= 0 && hour <= hours)) {
      throw new IllegalArgumentException("--hour " + hour + " is not in 0.." + hours);
    }
    int episodes = ssa.settings().episodes();
    if (episode < 0 || episode >= episodes) {
      throw new IllegalArgumentException(
          "--episode " + episode + " is not in 0.." + (episodes - 1));
    }
    org.psro4j.cli.UserPaths.outputDirectory("--out", out);
    Policy bluePolicy = SsaCommand.policy("--blue", blue, ssa);
    Policy redPolicy = SsaCommand.policy("--red", red, ssa);
    Path track = out.resolve("ground_track.png");
    Path custody = out.resolve("custody_timeline.png");
    org.psro4j.io.StaleTempFiles.removeSiblingsOf(track);
    org.psro4j.io.StaleTempFiles.removeSiblingsOf(custody);
    if (!force && (Files.exists(track) || Files.exists(custody))) {
      throw new IllegalArgumentException(
          "--out " + out + " already holds the pictures; use --force to replace them");
    }
    AtomicFiles.write(track, SsaPictures.groundTrack(ssa, hour));
    CustodyTimeline timeline = CustodyTimeline.play(ssa, bluePolicy, redPolicy, episode, seed);
    AtomicFiles.write(custody, SsaPictures.custodyTimeline(timeline, label(blue), label(red)));
    PrintWriter writer = spec.commandLine().getOut();
    double[] returns = timeline.returns();
    if (json) {
      ObjectNode root = new ObjectMapper().createObjectNode();
      root.put("game", ssa.toString());
      root.put("blue", blue);
      root.put("red", red);
      root.put("episode", episode);
      root.put("hour", hour);
      root.put("blue_return", returns[0]);
      root.put("red_return", returns[1]);
      ObjectNode shares = root.putObject("custody_share");
      for (CustodyTimeline.Holder h : CustodyTimeline.Holder.values()) {
        shares.put(h.name().toLowerCase(Locale.ROOT), timeline.share(h));
      }
      root.putArray("files").add(track.toString()).add(custody.toString());
      writer.println(root.toPrettyString());
    } else if (!quiet) {
      writer.printf(
          Locale.ROOT,
          "episode %d: Blue %s %+.5f, Red %s %+.5f%n",
          episode,
          label(blue),
          returns[0],
          label(red),
          returns[1]);
      writer.printf(
          Locale.ROOT,
          "custody (share of object-steps): both %.3f, Blue only %.3f, Red only %.3f,"
              + " neither %.3f%n",
          timeline.share(CustodyTimeline.Holder.BOTH),
          timeline.share(CustodyTimeline.Holder.BLUE),
          timeline.share(CustodyTimeline.Holder.RED),
          timeline.share(CustodyTimeline.Holder.NONE));
      writer.println("wrote " + track);
      writer.println("wrote " + custody);
    }
    writer.flush();
    return 0;
  }

  /** A policy file is labelled by its file name. */
  private static String label(String policy) {
    String name = Path.of(policy).getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }
}
