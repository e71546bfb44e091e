package org.psro4j.policy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import org.psro4j.exact.GameTree;
import org.psro4j.game.Game;
import org.psro4j.game.State;

/**
 * An immutable policy given by a table: information-state string to probabilities aligned with that
 * state's legal actions (OpenSpiel's {@code TabularPolicy}). It answers for any player, since
 * information-state strings identify the player's view; a state missing from the table is an error,
 * not a default.
 *
 * <p>Saved as JSON (version {@value #FORMAT_VERSION}) with the game string and, per information
 * state, the legal actions and probabilities; see {@link #write(Path)} and {@link #read(Path,
 * Game)}.
 */
public final class TabularPolicy implements Policy {

  /** The JSON format version this class writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** How far probabilities of one information state may sum from 1. */
  public static final double SUM_TOLERANCE = 1e-6;

  private final String game;
  private final Map<String, Entry> entries;

  private record Entry(int[] legalActions, double[] probabilities) {}

  private TabularPolicy(String game, Map<String, Entry> entries) {
    this.game = game;
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** Starts a table for the game with canonical string {@code game}. */
  public static Builder builder(String game) {
    return new Builder(game);
  }

  /** The uniform random policy over every information state of {@code game}. */
  public static TabularPolicy uniform(Game game) {
    return everywhere(
        game,
        k -> {
          double[] probabilities = new double[k];
          Arrays.fill(probabilities, 1.0 / k);
          return probabilities;
        });
  }

  /** The policy that always plays the first (lowest) legal action. */
  public static TabularPolicy firstAction(Game game) {
    return everywhere(
        game,
        k -> {
          double[] probabilities = new double[k];
          probabilities[0] = 1.0;
          return probabilities;
        });
  }

  /**
   * The table of {@code game}'s every information state, playing there {@code probabilities} of its
   * number of legal actions. (Tables of other policies: {@link
   * org.psro4j.exact.TreeStrategies#tabulate}.)
   */
  private static TabularPolicy everywhere(Game game, IntFunction<double[]> probabilities) {
    GameTree tree = GameTree.of(game);
    Builder builder = builder(tree.game().toString());
    for (int i = 0; i < tree.numInfoStates(); i++) {
      builder.put(tree.infoState(i), tree.legalActions(i), probabilities.apply(tree.numActions(i)));
    }
    return builder.build();
  }

  /** Reads a policy file written by {@link #write(Path)}; see {@link #read(Path, Game)}. */
  public static TabularPolicy read(Path file) throws IOException {
    return TabularPolicyJson.read(file, null);
  }

  /**
   * Reads a policy file and checks it is for {@code game} (compared by canonical game string).
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException with a one-line message naming the file and the bad info state
   *     or value if the content is malformed: not JSON, wrong version, another game, a negative,
   *     NaN or infinite probability, probabilities not summing to 1 within {@value #SUM_TOLERANCE},
   *     or legal actions and probabilities of different lengths
   */
  public static TabularPolicy read(Path file, Game game) throws IOException {
    Objects.requireNonNull(game, "game");
    return TabularPolicyJson.read(file, game);
  }

  /** Parses the JSON text of a policy file; {@code source} names it in error messages. */
  public static TabularPolicy fromJson(String json, String source) {
    return TabularPolicyJson.parse(json, source, null);
  }

  /**
   * Writes this policy as JSON, atomically: to a temporary file, then renamed over {@code file}.
   */
  public void write(Path file) throws IOException {
    TabularPolicyJson.write(this, file);
  }

  /** This policy as JSON text. */
  public String toJson() {
    return TabularPolicyJson.toJson(this);
  }

  /** The canonical string of the game this policy is for. */
  public String game() {
    return game;
  }

  /** Number of information states in the table. */
  public int size() {
    return entries.size();
  }

  /** The information states in the table, in insertion order. */
  public Set<String> infoStates() {
    return entries.keySet();
  }

  /** Whether the table has {@code infoState}. */
  public boolean contains(String infoState) {
    return entries.containsKey(infoState);
  }

  /** The legal actions of {@code infoState} (a copy). */
  public int[] legalActions(String infoState) {
    return entry(infoState).legalActions.clone();
  }

  /** The probabilities at {@code infoState}, aligned with its legal actions (a copy). */
  public double[] probabilities(String infoState) {
    return entry(infoState).probabilities.clone();
  }

  /** Number of legal actions at {@code infoState}. */
  public int numActions(String infoState) {
    return entry(infoState).legalActions.length;
  }

  /**
   * Copies the probabilities at {@code infoState} into {@code out} from {@code offset}, after
   * checking that its legal actions are {@code expectedActions}; for fast bulk conversion.
   */
  public void copyProbabilities(String infoState, int[] expectedActions, double[] out, int offset) {
    Entry e = entry(infoState);
    if (!Arrays.equals(e.legalActions, expectedActions)) {
      throw new IllegalArgumentException(
          "policy for "
              + game
              + ": information state "
              + quote(infoState)
              + " has legal actions "
              + Arrays.toString(e.legalActions)
              + ", the game has "
              + Arrays.toString(expectedActions));
    }
    System.arraycopy(e.probabilities, 0, out, offset, e.probabilities.length);
  }

  private Entry entry(String infoState) {
    Entry e = entries.get(infoState);
    if (e == null) {
      throw new IllegalArgumentException(
          "policy for " + game + " has no entry for information state " + quote(infoState));
    }
    return e;
  }

  /**
   * An information-state string as error messages show it: in single quotes, line breaks escaped
   * (some games, e.g. goofspiel, use multi-line strings), so messages stay on one line.
   */
  public static String quote(String infoState) {
    return "'" + infoState.replace("\r", "\\r").replace("\n", "\\n") + "'";
  }

  @Override
  public double[] actionProbabilities(State state, int player) {
    return probabilities(state.informationStateString(player));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TabularPolicy other)
        || !other.game.equals(game)
        || !other.entries.keySet().equals(entries.keySet())) {
      return false;
    }
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      Entry mine = e.getValue();
      Entry theirs = other.entries.get(e.getKey());
      if (!Arrays.equals(mine.legalActions, theirs.legalActions)
          || !Arrays.equals(mine.probabilities, theirs.probabilities)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = game.hashCode();
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      h = 31 * h + e.getKey().hashCode();
      h = 31 * h + Arrays.hashCode(e.getValue().probabilities);
    }
    return h;
  }

  @Override
  public String toString() {
    return "TabularPolicy[" + game + ", " + entries.size() + " information states]";
  }

  /** Collects entries; each is validated as it is added. Not thread-safe. */
  public static final class Builder {
    private final String game;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private Builder(String game) {
      this.game = Objects.requireNonNull(game, "game");
    }

    /**
     * Adds {@code infoState} with its legal actions (distinct, increasing, non-negative) and
     * probabilities (same length, finite, non-negative, summing to 1 within {@value
     * #SUM_TOLERANCE}); the arrays are copied.
     */
    public Builder put(String infoState, int[] legalActions, double[] probabilities) {
      Objects.requireNonNull(infoState, "infoState");
      checkEntry(infoState, legalActions, probabilities);
      if (entries.putIfAbsent(infoState, new Entry(legalActions.clone(), probabilities.clone()))
          != null) {
        throw new IllegalArgumentException(
            "information state " + quote(infoState) + " appears twice in the policy");
      }
      return this;
    }

    /** The finished, immutable policy. */
    public TabularPolicy build() {
      return new TabularPolicy(game, new LinkedHashMap<>(entries));
    }
  }

  static void checkEntry(String infoState, int[] legalActions, double[] probabilities) {
    Objects.requireNonNull(legalActions, "legalActions");
    Objects.requireNonNull(probabilities, "probabilities");
    String where = "information state " + quote(infoState);
    if (legalActions.length == 0) {
      throw new IllegalArgumentException(where + " has no legal actions");
    }
    if (legalActions.length != probabilities.length) {
      throw new IllegalArgumentException(
          where
              + " has "
              + legalActions.length
              + " legal actions but "
              + probabilities.length
              + " probabilities");
    }
    for (int a = 0; a < legalActions.length; a++) {
      if (legalActions[a] < 0 || (a > 0 && legalActions[a] <= legalActions[a - 1])) {
        throw new IllegalArgumentException(
            where
                + ": legal actions "
                + Arrays.toString(legalActions)
                + " must be distinct, increasing and non-negative");
      }
    }
    double sum = 0;
    for (int a = 0; a < probabilities.length; a++) {
      double p = probabilities[a];
      if (Double.isNaN(p)) {
        throw new IllegalArgumentException(
            where + ": probability of action " + legalActions[a] + " is NaN");
      }
      if (p < 0 || Double.isInfinite(p)) {
        throw new IllegalArgumentException(
            where + ": probability " + p + " of action " + legalActions[a] + " is not in [0, 1]");
      }
      sum += p;
    }
    if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
      throw new IllegalArgumentException(
          where + ": probabilities sum to " + sum + ", not 1 (tolerance " + SUM_TOLERANCE + ")");
    }
  }
}
