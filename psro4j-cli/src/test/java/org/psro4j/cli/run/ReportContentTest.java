package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * What a run's report.html says: the summary, the separate gap plots, one policy-table row per
 * policy with ratings, rounded numbers, the stop reason when events.jsonl records one, and the CFR+
 * reference.
 */
class ReportContentTest {

  @TempDir Path dir;

  @Test
  void kuhnReportHasSummaryPlotsPolicyTablesAndRoundedNumbers() throws Exception {
    Path run = run("kuhn_poker", "psro", 6);
    String html = Files.readString(run.resolve("report.html"));
    assertThat(html)
        .contains("id=\"summary\"")
        .contains("final NashConv")
        .contains("best NashConv")
        .contains("6 of 6")
        .contains("effective support exp(H)")
        .contains("diversity (JS, bits)")
        .contains("win-prob. error Elo / mElo")
        .contains("<h2>Policies</h2>");
    for (String plot :
        List.of(
            "gap.png",
            "gap_wall.png",
            "meta_gap.png",
            "weights_p0.png",
            "weights_top_p0.png",
            "payoffs_p0.png",
            "payoffs_p1.png")) {
      assertThat(run.resolve("plots").resolve(plot)).isRegularFile();
      assertThat(html).contains("alt=\"" + plot + "\"");
    }
    // Exact best responses: no episodes, so no episodes plot.
    assertThat(run.resolve("plots/gap_episodes.png")).doesNotExist();
    int[] sizes = lastPopulation(run);
    for (int p = 0; p < 2; p++) {
      String table = between(html, "id=\"policies-p" + p + "\"", "</table>");
      assertThat(count(table, "<tr><td>")).isEqualTo(sizes[p]);
      assertThat(table).contains("<th>Elo</th>").contains("<th>mElo</th>");
    }
    // ratings.csv holds the same policies, one row each, with finite Elo and alpha-Rank.
    List<String> csv = Files.readAllLines(run.resolve("ratings.csv"));
    assertThat(csv.getFirst()).isEqualTo("player,index,name,born,weight,elo,melo,alpha_rank");
    assertThat(csv).hasSize(1 + sizes[0] + sizes[1]);
    double[] weightSum = new double[2];
    for (String line : csv.subList(1, csv.size())) {
      String[] cells = line.split(",", -1);
      int p = Integer.parseInt(cells[0]);
      weightSum[p] += Double.parseDouble(cells[4]);
      assertThat(Double.parseDouble(cells[5])).isFinite();
      assertThat(Double.parseDouble(cells[7])).isBetween(0.0, 1.0);
    }
    assertThat(weightSum[0]).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(weightSum[1]).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(html).contains("href=\"ratings.csv\"");
    // No 17-digit tails anywhere in the tables of the page.
    String tables = html.substring(html.indexOf("<h2>Policies</h2>"));
    assertThat(Pattern.compile("\\d\\.\\d{7,}").matcher(tables).find()).isFalse();
    assertThat(html).contains("iteration budget used up");
  }

  @Test
  void recordedStopReasonIsShown() throws Exception {
    Path run = run("kuhn_poker", "psro", 3);
    Path events = run.resolve("events.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(events));
    String last = lines.removeLast();
    lines.add(last.substring(0, last.length() - 1) + ",\"stopped_by\":\"epsilon\"}");
    Files.write(events, lines);
    assertThat(Cli.run("report", run.toString()).exitCode()).isZero();
    String html = Files.readString(run.resolve("report.html"));
    assertThat(between(html, "<dt>stopped</dt>", "</dd>")).contains("epsilon");
  }

  @Test
  void cfrPlusReferenceIsDrawnForTwoPlayersAndRefusedForThree() throws Exception {
    Path two = run("kuhn_poker", "psro", 3);
    Cli.Result ok = Cli.run("report", two.toString(), "--reference", "cfr+");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(Files.readString(two.resolve("report.html"))).contains("CFR+ in the same time");

    Cli.Result bad = Cli.run("report", two.toString(), "--reference", "cfr-");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--reference cfr-");

    Path three = run("kuhn_poker(players=3)", "jpsro", 2);
    Cli.Result refused = Cli.run("report", three.toString(), "--reference", "cfr+");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("two-player game");
  }

  @Test
  void threePlayerJpsroReportHasAlphaRankForEveryPlayerAndNoElo() throws Exception {
    Path run = run("kuhn_poker(players=3)", "jpsro", 3);
    String html = Files.readString(run.resolve("report.html"));
    assertThat(html).contains("final CCE gap").doesNotContain("<th>Elo</th>");
    int[] sizes = lastPopulation(run);
    for (int p = 0; p < 3; p++) {
      String table = between(html, "id=\"policies-p" + p + "\"", "</table>");
      assertThat(count(table, "<tr><td>")).isEqualTo(sizes[p]);
      assertThat(table).contains("<th>α-Rank</th>");
      assertThat(run.resolve("plots/payoffs_p" + p + ".png")).isRegularFile();
    }
  }

  private Path run(String game, String algo, int iterations) {
    Path out = dir.resolve(game.replaceAll("\\W", "_") + "_" + iterations);
    Cli.Result r =
        Cli.run(
            "run",
            "--game",
            game,
            "--algo",
            algo,
            "--iterations",
            Integer.toString(iterations),
            "--threads",
            "1",
            "--out",
            out.toString(),
            "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  private static int[] lastPopulation(Path run) throws Exception {
    List<String> lines = Files.readAllLines(run.resolve("events.jsonl"));
    Matcher m = Pattern.compile("\"population_sizes\":\\[([0-9,]+)]").matcher(lines.getLast());
    assertThat(m.find()).isTrue();
    String[] parts = m.group(1).split(",");
    int[] sizes = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      sizes[i] = Integer.parseInt(parts[i]);
    }
    return sizes;
  }

  private static String between(String s, String from, String to) {
    int a = s.indexOf(from);
    assertThat(a).as(from).isNotNegative();
    return s.substring(a, s.indexOf(to, a));
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
