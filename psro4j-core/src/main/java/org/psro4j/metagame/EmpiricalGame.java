package org.psro4j.metagame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The empirical game (meta-game) of PSRO: n players with populations of sizes k_0..k_{n-1} and, for
 * every joint profile, each player's mean payoff with its sample count and variance (Wellman 2006,
 * "Methods for empirical game-theoretic analysis"; Lanctot et al. 2017).
 *
 * <p>A live game grows in place: {@link #addStrategy} appends a strategy to one player, after which
 * the new profiles are missing until {@link #record} (a sampled outcome, folded into a running mean
 * and variance with Welford's update) or {@link #setExact} fills them. Solvers receive an immutable
 * {@link #snapshot()}; every mutator of a snapshot throws {@link IllegalStateException}.
 *
 * <p>Profiles are indexed in row-major order over the players (player 0 slowest): {@code flat = Σ_p
 * profile[p]·stride(p)}. One sample of a profile carries all players' payoffs, so the count is per
 * profile while mean and variance are per player and profile.
 */
public final class EmpiricalGame {

  private final int players;
  private final boolean frozen;
  private final List<List<String>> names;
  private int[] sizes;
  private int[] strides;
  private int jointSize;
  private double[][] mean;
  private double[][] squaredDeviations;
  private long[] count;
  private boolean[] exact;
  private boolean[] predicted;

  /** An empty, growable game: every player starts with no strategy. */
  public EmpiricalGame(int players) {
    if (players < 1) {
      throw new IllegalArgumentException("players must be at least 1, got " + players);
    }
    this.players = players;
    this.frozen = false;
    this.names = new ArrayList<>();
    for (int p = 0; p < players; p++) {
      names.add(new ArrayList<>());
    }
    this.sizes = new int[players];
    layout(new int[players]);
  }

  private EmpiricalGame(EmpiricalGame source, boolean frozen) {
    this.players = source.players;
    this.frozen = frozen;
    this.names = new ArrayList<>();
    for (List<String> n : source.names) {
      names.add(frozen ? List.copyOf(n) : new ArrayList<>(n));
    }
    this.sizes = source.sizes.clone();
    this.strides = source.strides.clone();
    this.jointSize = source.jointSize;
    this.mean = deepCopy(source.mean);
    this.squaredDeviations = deepCopy(source.squaredDeviations);
    this.count = source.count.clone();
    this.exact = source.exact.clone();
    this.predicted = source.predicted.clone();
  }

  /**
   * A complete game with exact payoffs: {@code payoffs[p]} is player p's table flattened in
   * row-major profile order, of length Π sizes. Strategies are named s0, s1, ...
   */
  public static EmpiricalGame ofExact(int[] sizes, double[][] payoffs) {
    Objects.requireNonNull(sizes, "sizes");
    Objects.requireNonNull(payoffs, "payoffs");
    if (payoffs.length != sizes.length) {
      throw new IllegalArgumentException(
          "payoffs has " + payoffs.length + " tables but there are " + sizes.length + " players");
    }
    EmpiricalGame game = new EmpiricalGame(sizes.length);
    for (int p = 0; p < sizes.length; p++) {
      if (sizes[p] < 1) {
        throw new IllegalArgumentException("player " + p + " needs a strategy, size " + sizes[p]);
      }
      for (int s = 0; s < sizes[p]; s++) {
        game.addStrategy(p, "s" + s);
      }
    }
    for (int p = 0; p < sizes.length; p++) {
      if (payoffs[p].length != game.jointSize) {
        throw new IllegalArgumentException(
            "payoffs[" + p + "] has " + payoffs[p].length + " entries, expected " + game.jointSize);
      }
    }
    double[] entry = new double[sizes.length];
    for (int flat = 0; flat < game.jointSize; flat++) {
      for (int p = 0; p < sizes.length; p++) {
        entry[p] = payoffs[p][flat];
      }
      game.setExact(game.profile(flat), entry);
    }
    return game.snapshot();
  }

  /** A two-player game from the row player's and the column player's matrices. */
  public static EmpiricalGame ofMatrices(double[][] rowPayoffs, double[][] columnPayoffs) {
    int rows = rowPayoffs.length;
    int columns = rows == 0 ? 0 : rowPayoffs[0].length;
    double[][] flat = new double[2][rows * columns];
    for (int i = 0; i < rows; i++) {
      if (rowPayoffs[i].length != columns
          || columnPayoffs.length != rows
          || columnPayoffs[i].length != columns) {
        throw new IllegalArgumentException(
            "row " + i + ": both matrices must be " + rows + "x" + columns);
      }
      for (int j = 0; j < columns; j++) {
        flat[0][i * columns + j] = rowPayoffs[i][j];
        flat[1][i * columns + j] = columnPayoffs[i][j];
      }
    }
    return ofExact(new int[] {rows, columns}, flat);
  }

  /** The two-player zero-sum game whose row player receives {@code rowPayoffs}. */
  public static EmpiricalGame ofZeroSum(double[][] rowPayoffs) {
    double[][] negated = new double[rowPayoffs.length][];
    for (int i = 0; i < rowPayoffs.length; i++) {
      negated[i] = Arrays.stream(rowPayoffs[i]).map(v -> -v).toArray();
    }
    return ofMatrices(rowPayoffs, negated);
  }

  /**
   * The symmetric two-player game in which a player choosing row strategy i against j receives
   * {@code payoffs[i][j]} (the single-population tables of evolutionary game theory).
   */
  public static EmpiricalGame ofSymmetric(double[][] payoffs) {
    int k = payoffs.length;
    double[][] transposed = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        transposed[j][i] = payoffs[i][j];
      }
    }
    return ofMatrices(payoffs, transposed);
  }

  /**
   * Adds a strategy named {@code name} to {@code player} and returns its index; the profiles that
   * contain it are missing until recorded.
   */
  public int addStrategy(int player, String name) {
    requireMutable();
    checkPlayer(player);
    Objects.requireNonNull(name, "name");
    int[] newSizes = sizes.clone();
    newSizes[player]++;
    layout(newSizes);
    names.get(player).add(name);
    return newSizes[player] - 1;
  }

  /** Folds one sampled outcome (every player's payoff) into the profile's running statistics. */
  public void record(int[] profile, double[] payoffs) {
    requireMutable();
    int flat = flatIndex(profile);
    checkPayoffs(profile, payoffs);
    if (exact[flat]) {
      throw new IllegalStateException(
          "profile " + Arrays.toString(profile) + " is exact; it cannot take samples");
    }
    if (predicted[flat]) {
      // A measurement replaces a prediction; the prediction never counts as a sample.
      predicted[flat] = false;
      for (int p = 0; p < players; p++) {
        mean[p][flat] = 0;
      }
    }
    long n = ++count[flat];
    for (int p = 0; p < players; p++) {
      double delta = payoffs[p] - mean[p][flat];
      mean[p][flat] += delta / n;
      squaredDeviations[p][flat] += delta * (payoffs[p] - mean[p][flat]);
    }
  }

  /** Sets the profile's payoffs as exact values (no variance), replacing any samples. */
  public void setExact(int[] profile, double[] payoffs) {
    requireMutable();
    int flat = flatIndex(profile);
    checkPayoffs(profile, payoffs);
    exact[flat] = true;
    predicted[flat] = false;
    count[flat] = 0;
    for (int p = 0; p < players; p++) {
      mean[p][flat] = payoffs[p];
      squaredDeviations[p][flat] = 0;
    }
  }

  /**
   * Restores one profile's statistics as stored in a run directory (used by {@link
   * EmpiricalGameJson}): sample count, means and sample variances, or exact means.
   */
  /**
   * Sets a sampled entry from its summary: each player's mean and per-sample variance over {@code
   * samples} samples (as a Monte-Carlo evaluator reports them).
   */
  public void setSampled(int[] profile, double[] means, double[] variances, long samples) {
    requireMutable();
    checkPayoffs(profile, means);
    if (samples < 1) {
      throw new IllegalArgumentException("samples=" + samples + " must be at least 1");
    }
    restore(flatIndex(profile), means, variances, samples, false);
  }

  /**
   * Sets the profile's payoffs as predicted by a model (e.g. imputed by partial evaluation): the
   * solver sees the means, but the entry has no samples, reports {@link EntryKind#PREDICTED} and is
   * never fitted on as if it were measured.
   */
  public void setPredicted(int[] profile, double[] means) {
    requireMutable();
    int flat = flatIndex(profile);
    checkPayoffs(profile, means);
    restore(flat, means, new double[players], 0, false);
    predicted[flat] = true;
  }

  /**
   * Forgets every entry where {@code player} plays {@code strategy} (they become missing), e.g.
   * because the policy in that slot changed version; returns how many entries were cleared.
   */
  public int invalidate(int player, int strategy) {
    requireMutable();
    checkPlayer(player);
    if (strategy < 0 || strategy >= sizes[player]) {
      throw new IllegalArgumentException(
          "player " + player + " has strategies 0.." + (sizes[player] - 1) + ", not " + strategy);
    }
    int cleared = 0;
    for (int flat = 0; flat < jointSize; flat++) {
      if (strategyAt(flat, player) == strategy) {
        cleared += kind(flat) == EntryKind.MISSING ? 0 : 1;
        exact[flat] = false;
        predicted[flat] = false;
        count[flat] = 0;
        for (int p = 0; p < players; p++) {
          mean[p][flat] = 0;
          squaredDeviations[p][flat] = 0;
        }
      }
    }
    return cleared;
  }

  void restore(int flat, double[] means, double[] variances, long samples, boolean isExact) {
    requireMutable();
    exact[flat] = isExact;
    predicted[flat] = false;
    count[flat] = isExact ? 0 : samples;
    for (int p = 0; p < players; p++) {
      mean[p][flat] = means[p];
      squaredDeviations[p][flat] = samples > 1 && !isExact ? variances[p] * (samples - 1) : 0;
    }
  }

  /** An immutable copy for solvers (this game itself if it is already one). */
  public EmpiricalGame snapshot() {
    return frozen ? this : new EmpiricalGame(this, true);
  }

  /** A growable copy of this game (of a snapshot too), e.g. to continue a restored run. */
  public EmpiricalGame mutableCopy() {
    return new EmpiricalGame(this, false);
  }

  /** Whether this game is an immutable snapshot. */
  public boolean isSnapshot() {
    return frozen;
  }

  /** The number of players. */
  public int players() {
    return players;
  }

  /** The number of strategies of {@code player}. */
  public int size(int player) {
    checkPlayer(player);
    return sizes[player];
  }

  /** The population sizes of all players (a copy). */
  public int[] sizes() {
    return sizes.clone();
  }

  /** The number of joint profiles, Π sizes. */
  public int jointSize() {
    return jointSize;
  }

  /** The step of {@code player}'s strategy index in the flat profile index. */
  public int stride(int player) {
    checkPlayer(player);
    return strides[player];
  }

  /** The name of {@code player}'s strategy {@code strategy}. */
  public String name(int player, int strategy) {
    return names.get(player).get(strategy);
  }

  /** The strategy names of {@code player}. */
  public List<String> names(int player) {
    checkPlayer(player);
    return List.copyOf(names.get(player));
  }

  /** The flat index of a profile, validating its length and ranges. */
  public int flatIndex(int[] profile) {
    Objects.requireNonNull(profile, "profile");
    if (profile.length != players) {
      throw new IllegalArgumentException(
          "profile "
              + Arrays.toString(profile)
              + " must name one strategy for each of "
              + players
              + " players");
    }
    int flat = 0;
    for (int p = 0; p < players; p++) {
      if (profile[p] < 0 || profile[p] >= sizes[p]) {
        throw new IllegalArgumentException(
            "profile "
                + Arrays.toString(profile)
                + ": player "
                + p
                + " has strategies 0.."
                + (sizes[p] - 1));
      }
      flat += profile[p] * strides[p];
    }
    return flat;
  }

  /** The profile of a flat index. */
  public int[] profile(int flat) {
    if (flat < 0 || flat >= jointSize) {
      throw new IllegalArgumentException("flat index " + flat + " outside 0.." + (jointSize - 1));
    }
    int[] profile = new int[players];
    for (int p = 0; p < players; p++) {
      profile[p] = (flat / strides[p]) % sizes[p];
    }
    return profile;
  }

  /** Player {@code player}'s strategy in the profile with flat index {@code flat}. */
  public int strategyAt(int flat, int player) {
    return (flat / strides[player]) % sizes[player];
  }

  /** Player {@code player}'s mean payoff at the flat profile {@code flat} (0 when missing). */
  public double payoff(int player, int flat) {
    return mean[player][flat];
  }

  /** Player {@code player}'s mean payoff at {@code profile}. */
  public double mean(int player, int[] profile) {
    checkPlayer(player);
    return mean[player][flatIndex(profile)];
  }

  /** Player {@code player}'s mean payoffs over all profiles in flat order (a copy). */
  public double[] payoffTable(int player) {
    checkPlayer(player);
    return mean[player].clone();
  }

  /**
   * The sample variance (n − 1 denominator) of {@code player}'s payoff at {@code profile}; 0 for
   * exact entries and for entries with fewer than two samples.
   */
  public double variance(int player, int[] profile) {
    checkPlayer(player);
    int flat = flatIndex(profile);
    return count[flat] < 2 ? 0 : squaredDeviations[player][flat] / (count[flat] - 1);
  }

  /** The number of samples behind the profile's means (0 for exact or missing entries). */
  public long count(int[] profile) {
    return count[flatIndex(profile)];
  }

  /** Whether the profile's payoffs were set exactly. */
  public boolean isExact(int[] profile) {
    return exact[flatIndex(profile)];
  }

  /** Whether the profile has payoffs (exact, sampled or predicted). */
  public boolean hasEntry(int[] profile) {
    return kind(flatIndex(profile)) != EntryKind.MISSING;
  }

  /** What the entry at {@code profile} is. */
  public EntryKind kind(int[] profile) {
    return kind(flatIndex(profile));
  }

  /** What the entry at the flat index {@code flat} is. */
  public EntryKind kind(int flat) {
    if (exact[flat]) {
      return EntryKind.EXACT;
    }
    if (predicted[flat]) {
      return EntryKind.PREDICTED;
    }
    return count[flat] > 0 ? EntryKind.SAMPLED : EntryKind.MISSING;
  }

  /** Whether the profile's payoffs were measured (exact or sampled), not predicted or missing. */
  public boolean isMeasured(int[] profile) {
    EntryKind k = kind(profile);
    return k == EntryKind.EXACT || k == EntryKind.SAMPLED;
  }

  /** Every profile in flat order. */
  public List<int[]> profiles() {
    List<int[]> all = new ArrayList<>(jointSize);
    for (int flat = 0; flat < jointSize; flat++) {
      all.add(profile(flat));
    }
    return all;
  }

  /** The profiles that have neither an exact value nor a sample, in flat order. */
  public List<int[]> missingEntries() {
    List<int[]> missing = new ArrayList<>();
    for (int flat = 0; flat < jointSize; flat++) {
      if (kind(flat) == EntryKind.MISSING) {
        missing.add(profile(flat));
      }
    }
    return missing;
  }

  /** Whether every player has a strategy and every profile has payoffs. */
  public boolean isComplete() {
    return jointSize > 0 && missingEntries().isEmpty();
  }

  /** Throws an {@link IllegalArgumentException} naming the first missing entry, if any. */
  public void requireComplete() {
    for (int p = 0; p < players; p++) {
      if (sizes[p] == 0) {
        throw new IllegalArgumentException("player " + p + " has no strategy yet");
      }
    }
    List<int[]> missing = missingEntries();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "the empirical game has "
              + missing.size()
              + " missing entries, first "
              + Arrays.toString(missing.getFirst()));
    }
  }

  private void layout(int[] newSizes) {
    int[] newStrides = new int[players];
    long total = 1;
    for (int p = players - 1; p >= 0; p--) {
      newStrides[p] = (int) total;
      total *= newSizes[p];
      if (total > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "the joint game " + Arrays.toString(newSizes) + " has more than 2^31 profiles");
      }
    }
    int newJoint = (int) total;
    double[][] newMean = new double[players][newJoint];
    double[][] newSquares = new double[players][newJoint];
    long[] newCount = new long[newJoint];
    boolean[] newExact = new boolean[newJoint];
    boolean[] newPredicted = new boolean[newJoint];
    if (mean != null) {
      for (int flat = 0; flat < jointSize; flat++) {
        int target = 0;
        for (int p = 0; p < players; p++) {
          target += ((flat / strides[p]) % sizes[p]) * newStrides[p];
        }
        for (int p = 0; p < players; p++) {
          newMean[p][target] = mean[p][flat];
          newSquares[p][target] = squaredDeviations[p][flat];
        }
        newCount[target] = count[flat];
        newExact[target] = exact[flat];
        newPredicted[target] = predicted[flat];
      }
    }
    sizes = newSizes;
    strides = newStrides;
    jointSize = newJoint;
    mean = newMean;
    squaredDeviations = newSquares;
    count = newCount;
    exact = newExact;
    predicted = newPredicted;
  }

  private void checkPayoffs(int[] profile, double[] payoffs) {
    Objects.requireNonNull(payoffs, "payoffs");
    if (payoffs.length != players) {
      throw new IllegalArgumentException(
          "profile "
              + Arrays.toString(profile)
              + ": expected "
              + players
              + " payoffs, got "
              + payoffs.length);
    }
    for (int p = 0; p < players; p++) {
      if (!Double.isFinite(payoffs[p])) {
        throw new IllegalArgumentException(
            "profile "
                + Arrays.toString(profile)
                + ": payoff of player "
                + p
                + " is "
                + payoffs[p]);
      }
    }
  }

  private void checkPlayer(int player) {
    if (player < 0 || player >= players) {
      throw new IllegalArgumentException("player " + player + " outside 0.." + (players - 1));
    }
  }

  private void requireMutable() {
    if (frozen) {
      throw new IllegalStateException("this empirical game is an immutable snapshot");
    }
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
