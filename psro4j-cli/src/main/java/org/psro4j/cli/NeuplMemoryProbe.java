package org.psro4j.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.rl.neupl.PopulationNetwork;
import org.psro4j.rl.neupl.PopulationNetworkSpec;
import org.psro4j.rl.nn.ConditionalMlp;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * One measurement of {@link NeuplMemoryBench}, run in a JVM of its own so that native memory freed
 * by an earlier measurement cannot hide in this one: holds a population of {@code n} policies per
 * player of {@code game} either as one NeuPL conditional network (FiLM, hidden 64×64, embedding 64,
 * table capacity n) or as one 64×64 MLP per policy, runs one forward pass of 64 observations
 * through each policy, and prints one JSON line: parameters and the growth of the process's
 * resident set (VmRSS) from an engine-loaded baseline.
 */
final class NeuplMemoryProbe {

  static final int[] HIDDEN = {64, 64};
  static final int EMBEDDING = 64;
  private static final int BATCH = 64;

  private NeuplMemoryProbe() {}

  /** Arguments: kind ({@code conditional} or {@code separate}), n, game. */
  public static void main(String[] args) throws Exception {
    String kind = args[0];
    int n = Integer.parseInt(args[1]);
    Game game = Games.load(args[2]);
    ObservationSpec obs = ObservationSpec.of(game);
    int players = game.numPlayers();
    // Load the engine and run one tiny forward pass so its own memory is in the baseline.
    try (MlpNetwork warm = MlpNetwork.create(new int[] {obs.size(), 4, 2}, 1, 0, cpu())) {
      warm.predict(new float[obs.size()], 1);
    }
    long before = settledRss();
    long params = 0;
    List<AutoCloseable> held = new ArrayList<>();
    float[] x = new float[BATCH * obs.size()];
    if (kind.equals("conditional")) {
      PopulationNetworkSpec spec =
          new PopulationNetworkSpec(
              obs, HIDDEN, players, n, EMBEDDING, ConditionalMlp.Conditioning.FILM);
      PopulationNetwork net = new PopulationNetwork(spec, 1, cpu());
      held.add(net);
      for (NDArray p : net.parameters()) {
        params += p.size();
      }
      DjlRuntime.inferenceMode();
      for (int p = 0; p < players; p++) {
        for (int k = 0; k < n; k++) {
          net.addMember(p);
          try (NDManager scope = net.mlp().manager().newSubManager()) {
            int[] who = new int[BATCH];
            int[] idx = new int[BATCH];
            java.util.Arrays.fill(who, p);
            java.util.Arrays.fill(idx, k);
            net.forward(scope.create(x, new Shape(BATCH, obs.size())), net.oneHot(scope, who, idx))
                .toFloatArray();
          }
        }
      }
    } else if (kind.equals("separate")) {
      int[] layers = {obs.size(), HIDDEN[0], HIDDEN[1], obs.numActions()};
      for (int i = 0; i < players * n; i++) {
        MlpNetwork net = MlpNetwork.create(layers, 0.01, i, cpu());
        held.add(net);
        for (NDArray p : net.parameters()) {
          params += p.size();
        }
        net.predict(x, BATCH);
      }
    } else {
      throw new IllegalArgumentException("kind " + kind + " is not conditional or separate");
    }
    long after = settledRss();
    System.out.printf(
        Locale.ROOT,
        "{\"kind\":\"%s\",\"n\":%d,\"players\":%d,\"parameters\":%d,\"rss_kib\":%d}%n",
        kind,
        n,
        players,
        params,
        after - before);
    for (AutoCloseable c : held) {
      c.close();
    }
  }

  private static ai.djl.Device cpu() {
    return DjlRuntime.device("cpu");
  }

  /** VmRSS in KiB after a GC and a short pause. */
  private static long settledRss() throws IOException, InterruptedException {
    System.gc();
    Thread.sleep(200);
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IOException("/proc/self/status has no VmRSS line");
  }
}
