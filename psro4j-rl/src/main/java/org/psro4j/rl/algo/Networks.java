package org.psro4j.rl.algo;

import ai.djl.Device;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.NeuralPolicy;

/** Small helpers the learners share: layer sizes, warm starts, shuffles. */
final class Networks {

  private Networks() {}

  static int[] layerSizes(int in, int[] hidden, int out) {
    int[] sizes = new int[hidden.length + 2];
    sizes[0] = in;
    System.arraycopy(hidden, 0, sizes, 1, hidden.length);
    sizes[sizes.length - 1] = out;
    return sizes;
  }

  /**
   * A trainable copy of {@code warm}'s network when warm starting is on and it is a neural policy
   * of the same game and architecture; otherwise a fresh network (last layer scaled by 0.01).
   */
  static MlpNetwork warmOrFresh(
      Policy warm, boolean warmStart, Game game, int[] sizes, long seed, Device device) {
    if (warmStart && PpoOracle.fits(warm, game, sizes)) {
      return ((NeuralPolicy) warm).network().copy();
    }
    return MlpNetwork.create(sizes, 0.01, seed, device);
  }

  /** A uniformly random permutation of {@code 0..n-1}. */
  static int[] permutation(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    return order;
  }
}
