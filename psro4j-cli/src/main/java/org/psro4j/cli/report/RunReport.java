package org.psro4j.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.psro4j.cli.stratego.BarrageRunPictures;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.io.AtomicFiles;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.EmpiricalGameJson;
import org.psro4j.run.RunDirectory;
import org.psro4j.state.PopulationView;

/**
 * Draws a run directory's plots ({@code plots/*.png}) and its self-contained {@code report.html}
 * from the files alone (config.json, metrics.csv, events.jsonl, metagame.json and the checkpoint's
 * policies), so {@code psro4j report DIR} can redraw any run, finished or not. Ratings, α-Rank,
 * effective support and diversity are computed here from those files, not by the drivers.
 */
public final class RunReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Players whose weights and payoffs are drawn (the tables cover all). */
  private static final int MAX_PLOTTED_PLAYERS = 4;

  private RunReport() {}

  /** Writes the plots and report.html of {@code runDir}; returns the report's path. */
  public static Path write(Path runDir) {
    return write(runDir, null, (seconds, budget) -> {});
  }

  /**
   * Writes the plots and report.html of {@code runDir}, with the gap-against-time plot showing
   * {@code reference} (see {@link CfrReference#NAMES}) run for the run's wall time, telling {@code
   * progress} how far it has got, and kept in the run's {@value CfrReference#FILE}; with {@code
   * reference} null, the curve the run already recorded there, if any.
   */
  public static Path write(Path runDir, String reference, CfrReference.Progress progress) {
    Path metricsFile = runDir.resolve("metrics.csv");
    if (!Files.isRegularFile(metricsFile)) {
      throw new IllegalArgumentException(runDir + " is not a run directory (no metrics.csv)");
    }
    MetricsTable metrics = MetricsTable.read(metricsFile);
    JsonNode config = readJson(runDir.resolve("config.json"));
    List<JsonNode> events = readEvents(runDir.resolve("events.jsonl"));
    JsonNode metagame = readJson(runDir.resolve("metagame.json"));
    JsonNode state = readJson(runDir.resolve("checkpoint").resolve("state.json"));
    RunSummary summary = RunSummary.of(config, metrics, events, state);
    Game game = config == null ? null : loadGame(config.path("game").asText(""));
    if (reference != null && game == null) {
      throw new IllegalArgumentException(
          "--reference " + reference + ": the run's game cannot be loaded from config.json");
    }
    CfrReference cfr;
    if (reference == null) {
      cfr = CfrReference.read(runDir);
    } else {
      cfr = CfrReference.run(reference, game, summary.wallSeconds(), progress);
      cfr.write(runDir, summary.wallSeconds());
    }
    EmpiricalGame metaGame =
        metagame == null || metagame.path("payoffs").isEmpty()
            ? null
            : EmpiricalGameJson.fromTree(metagame);
    JsonNode last = events.isEmpty() ? null : events.getLast();
    double[][] marginals = marginals(last);
    long seed = config == null ? 0 : config.path("seed").asLong(0);

    // Ratings and diversity do not depend on the plots: they are computed beside them.
    CompletableFuture<PolicyRatings> ratings =
        CompletableFuture.supplyAsync(
            () ->
                metaGame != null && matches(metaGame, marginals) && metaGame.isComplete()
                    ? PolicyRatings.of(metaGame, marginals, born(events, metaGame), seed)
                    : null);
    PopulationView population = state == null || game == null ? null : population(runDir, game);
    CompletableFuture<PopulationMeasures> measures =
        CompletableFuture.supplyAsync(
            () ->
                marginals == null
                    ? null
                    : PopulationMeasures.of(
                        game, population, List.of(marginals), summary.gapColumn() != null, seed));

    Map<String, byte[]> plots = new LinkedHashMap<>(GapPlots.draw(metrics, cfr));
    plots.putAll(MeasurePlots.draw(metrics));
    int players = marginals == null ? 0 : marginals.length;
    for (int p = 0; p < Math.min(players, MAX_PLOTTED_PLAYERS); p++) {
      List<String> names = metaGame != null ? metaGame.names(p) : List.of();
      plots.putAll(WeightPlots.draw(events, names, p));
    }
    if (metaGame != null) {
      plots.putAll(PayoffPlots.draw(metaGame, marginals, MAX_PLOTTED_PLAYERS));
    }
    plots.putAll(TimelinePlot.draw(runDir));
    plots.putAll(NeuplPlots.draw(metrics, population, Math.min(players, MAX_PLOTTED_PLAYERS)));
    plots.putAll(SsaRunPictures.draw(runDir, config, last));
    plots.putAll(org.psro4j.cli.ctf.CtfRunPictures.draw(runDir, config));
    Map<String, String> captions = new LinkedHashMap<>();
    // The population loaded above: the picture plays its newest policy of player 0.
    Map<String, byte[]> barrage =
        BarrageRunPictures.draw(game, population, metaGame != null ? metaGame.names(0) : List.of());
    barrage
        .keySet()
        .forEach(
            file -> captions.put(file, BarrageRunPictures.caption(config.path("game").asText())));
    plots.putAll(barrage);
    plots.putAll(MujocoFilmstrip.draw(runDir, config, last, state));
    for (Map.Entry<String, byte[]> e : plots.entrySet()) {
      RunDirectory.writeExtra(runDir, "plots/" + e.getKey(), e.getValue());
    }
    PolicyRatings rated = await(ratings);
    if (rated != null) {
      RunDirectory.writeExtra(
          runDir,
          RatingsCsv.FILE,
          RatingsCsv.text(rated).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Path report = runDir.resolve("report.html");
    AtomicFiles.write(
        report,
        ReportHtml.render(summary, await(measures), rated, cfr, config, metrics, plots, captions));
    return report;
  }

  /** The value of {@code future}, rethrowing what it threw (bad input stays bad input). */
  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Each player's final marginal from the last event, or null without events. */
  private static double[][] marginals(JsonNode last) {
    if (last == null || last.path("marginals").isEmpty()) {
      return null;
    }
    JsonNode m = last.path("marginals");
    double[][] out = new double[m.size()][];
    for (int p = 0; p < out.length; p++) {
      out[p] = new double[m.get(p).size()];
      for (int k = 0; k < out[p].length; k++) {
        out[p][k] = m.get(p).get(k).asDouble();
      }
    }
    return out;
  }

  private static boolean matches(EmpiricalGame game, double[][] marginals) {
    if (marginals == null || marginals.length != game.players()) {
      return false;
    }
    for (int p = 0; p < marginals.length; p++) {
      if (marginals[p].length != game.size(p)) {
        return false;
      }
    }
    return true;
  }

  /** The iteration that added each policy: the first event whose population holds it. */
  private static int[][] born(List<JsonNode> events, EmpiricalGame game) {
    int[][] born = new int[game.players()][];
    for (int p = 0; p < born.length; p++) {
      born[p] = new int[game.size(p)];
      java.util.Arrays.fill(born[p], -1);
    }
    for (JsonNode e : events) {
      JsonNode sizes = e.path("population_sizes");
      for (int p = 0; p < born.length && p < sizes.size(); p++) {
        for (int k = 0; k < Math.min(sizes.get(p).asInt(), born[p].length); k++) {
          if (born[p][k] < 0) {
            born[p][k] = e.path("iteration").asInt();
          }
        }
      }
    }
    return born;
  }

  private static Game loadGame(String name) {
    try {
      return name.isEmpty() ? null : Games.load(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The checkpoint's population, or null when it cannot be read (diversity is then left out). */
  private static PopulationView population(Path runDir, Game game) {
    try {
      return RunDirectory.checkpoint(runDir, game).state().population();
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      return null;
    }
  }

  private static JsonNode readJson(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(
          file + " is corrupt: " + org.psro4j.cli.JsonMessages.describe(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> readEvents(Path file) {
    List<JsonNode> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(file)) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          try {
            out.add(JSON.readTree(line));
          } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(
                file
                    + " line "
                    + number
                    + " is corrupt: "
                    + org.psro4j.cli.JsonMessages.clean(
                        e.getOriginalMessage().lines().findFirst().orElse("")));
          }
        }
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException(file + " is corrupt: not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
