package org.psro4j.rl.neupl;

import java.util.Arrays;
import java.util.Objects;
import org.psro4j.rl.nn.ConditionalMlp;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * The architecture of a conditional population network Π_θ(a | s, ν) (Liu et al., AAMAS 2024): what
 * it reads, its hidden layers, how the strategy embedding ν enters (FiLM or concatenation), the
 * embedding size and how many embeddings each player's table holds.
 *
 * @param observation what the network reads and how many action logits it gives
 * @param hidden hidden layer sizes (at least one)
 * @param players number of players (one embedding table each)
 * @param capacity rows of each player's embedding table (the largest population it can hold)
 * @param embeddingSize embedding size, 8 to 256 (default 64)
 * @param conditioning FiLM or concatenation
 * @param core the recurrent core between the observation and the conditional MLP: {@code none},
 *     {@code gru} or {@code lstm} ({@link RecurrentPopulationCore})
 * @param coreSize the core's hidden and output size (0 without a core)
 * @param seatInputs the length of a one-hot of the acting seat appended to the observation (0:
 *     none; symmetric NeuPL's one embedding table plays every seat, and a game's tensors need not
 *     tell the seats apart, e.g. goofspiel's records each turn's winner by absolute seat)
 */
public record PopulationNetworkSpec(
    ObservationSpec observation,
    int[] hidden,
    int players,
    int capacity,
    int embeddingSize,
    ConditionalMlp.Conditioning conditioning,
    String core,
    int coreSize,
    int seatInputs) {

  /** The default embedding size. */
  public static final int DEFAULT_EMBEDDING_SIZE = 64;

  /** No recurrent core: the conditional MLP reads the observation. */
  public static final String NO_CORE = "none";

  /** An architecture without a recurrent core. */
  public PopulationNetworkSpec(
      ObservationSpec observation,
      int[] hidden,
      int players,
      int capacity,
      int embeddingSize,
      ConditionalMlp.Conditioning conditioning) {
    this(observation, hidden, players, capacity, embeddingSize, conditioning, NO_CORE, 0, 0);
  }

  /** An architecture without a seat input. */
  public PopulationNetworkSpec(
      ObservationSpec observation,
      int[] hidden,
      int players,
      int capacity,
      int embeddingSize,
      ConditionalMlp.Conditioning conditioning,
      String core,
      int coreSize) {
    this(observation, hidden, players, capacity, embeddingSize, conditioning, core, coreSize, 0);
  }

  public PopulationNetworkSpec {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(conditioning, "conditioning");
    Objects.requireNonNull(core, "core");
    switch (core) {
      case NO_CORE -> {
        if (coreSize != 0) {
          throw new IllegalArgumentException("core size " + coreSize + " without a core");
        }
      }
      case "gru", "lstm" -> {
        if (coreSize < 1) {
          throw new IllegalArgumentException("core size must be positive, got " + coreSize);
        }
      }
      default -> throw new IllegalArgumentException("core=" + core + " is not none, gru or lstm");
    }
    hidden = hidden.clone();
    if (hidden.length == 0 || Arrays.stream(hidden).anyMatch(h -> h <= 0)) {
      throw new IllegalArgumentException(
          "hidden sizes must be one or more positive numbers, got " + Arrays.toString(hidden));
    }
    if (players < 1) {
      throw new IllegalArgumentException("players must be positive, got " + players);
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    if (embeddingSize < 8 || embeddingSize > 256) {
      throw new IllegalArgumentException("embedding size must be in 8..256, got " + embeddingSize);
    }
    if (seatInputs < 0) {
      throw new IllegalArgumentException("seat inputs must be non-negative, got " + seatInputs);
    }
  }

  @Override
  public int[] hidden() {
    return hidden.clone();
  }

  /** Whether a recurrent core reads the observations first. */
  public boolean recurrent() {
    return !NO_CORE.equals(core);
  }

  /** This architecture with a recurrent core ({@code none} removes it; size ignored then). */
  public PopulationNetworkSpec withCore(String type, int size) {
    return new PopulationNetworkSpec(
        observation,
        hidden,
        players,
        capacity,
        embeddingSize,
        conditioning,
        type,
        NO_CORE.equals(type) ? 0 : size,
        seatInputs);
  }

  /** This architecture with a one-hot of {@code seats} seats appended to the observation. */
  public PopulationNetworkSpec withSeatInputs(int seats) {
    return new PopulationNetworkSpec(
        observation, hidden, players, capacity, embeddingSize, conditioning, core, coreSize, seats);
  }

  /** What the network reads per decision: the observation, then the seat one-hot (if any). */
  public int inputSize() {
    return observation.size() + seatInputs;
  }

  /**
   * Writes {@code seat}'s input for {@code state} (observation, seat one-hot) from {@code offset}.
   */
  public void writeInput(org.psro4j.game.State state, int seat, float[] out, int offset) {
    observation.write(state, seat, out, offset);
    writeSeat(seat, out, offset);
  }

  /** The input for an observation {@code seat} saw: a copy with the seat one-hot appended. */
  public float[] input(float[] observation, int seat) {
    float[] out = Arrays.copyOf(observation, inputSize());
    writeSeat(seat, out, 0);
    return out;
  }

  private void writeSeat(int seat, float[] out, int offset) {
    if (seatInputs == 0) {
      return;
    }
    if (seat < 0 || seat >= seatInputs) {
      throw new IllegalArgumentException("seat " + seat + " outside 0.." + (seatInputs - 1));
    }
    int at = offset + observation.size();
    Arrays.fill(out, at, at + seatInputs, 0f);
    out[at + seat] = 1f;
  }

  /**
   * The conditional MLP's sizes: its input ({@link #inputSize}, or the core's output), hidden
   * sizes, number of actions.
   */
  public int[] layerSizes() {
    int[] sizes = new int[hidden.length + 2];
    sizes[0] = recurrent() ? coreSize : inputSize();
    System.arraycopy(hidden, 0, sizes, 1, hidden.length);
    sizes[sizes.length - 1] = observation.numActions();
    return sizes;
  }

  /** The row of player {@code player}'s embedding {@code index} in the joint embedding table. */
  public int row(int player, int index) {
    if (player < 0 || player >= players || index < 0 || index >= capacity) {
      throw new IllegalArgumentException(
          "embedding (player "
              + player
              + ", index "
              + index
              + ") outside "
              + players
              + " x "
              + capacity);
    }
    return player * capacity + index;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PopulationNetworkSpec s
        && observation.equals(s.observation)
        && Arrays.equals(hidden, s.hidden)
        && players == s.players
        && capacity == s.capacity
        && embeddingSize == s.embeddingSize
        && conditioning == s.conditioning
        && core.equals(s.core)
        && coreSize == s.coreSize
        && seatInputs == s.seatInputs;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        observation,
        Arrays.hashCode(hidden),
        players,
        capacity,
        embeddingSize,
        conditioning,
        core,
        coreSize,
        seatInputs);
  }

  @Override
  public String toString() {
    return "PopulationNetworkSpec["
        + observation
        + ", hidden "
        + Arrays.toString(hidden)
        + ", "
        + players
        + " x "
        + capacity
        + " embeddings of "
        + embeddingSize
        + ", "
        + conditioning
        + (recurrent() ? ", " + core + " core of " + coreSize : "")
        + (seatInputs > 0 ? ", seat one-hot of " + seatInputs : "")
        + "]";
  }
}
