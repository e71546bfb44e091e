package org.psro4j.mujoco.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Game;
import org.psro4j.game.GameType;
import org.psro4j.game.Games;
import org.psro4j.mujoco.MujocoLibrary;

/** Facts of the MuJoCo games: sizes, payoffs of scripted play, determinism and bad input. */
class MujocoGamesTest {

  @TempDir Path dir;

  @BeforeEach
  void library() {
    MujocoLibrary.require();
  }

  private static double[] play(Game game, double[] a0, double[] a1) {
    ContinuousState s = (ContinuousState) game.newInitialState();
    while (!s.isTerminal()) {
      s.applyContinuous(new double[][] {a0, a1});
    }
    return s.returns();
  }

  private static double[] fill(int d, double v) {
    double[] a = new double[d];
    Arrays.fill(a, v);
    return a;
  }

  @Test
  void sizesFollowTheModels() {
    Game coop = Games.load("mujoco_cheetah");
    assertThat(coop.toString())
        .isEqualTo("mujoco_cheetah(mode=coop,horizon=100,frame_skip=5,ctrl_cost=0.1,model=)");
    assertThat(coop.continuousActionSize()).isEqualTo(3);
    assertThat(coop.observationTensorSize()).isEqualTo(2 + 1 + 8 + 9);
    assertThat(coop.type().utility()).isEqualTo(GameType.Utility.IDENTICAL);
    Game race = Games.load("mujoco_cheetah(mode=race)");
    assertThat(race.continuousActionSize()).isEqualTo(6);
    assertThat(race.observationTensorSize()).isEqualTo(1 + 8 + 9 + 2);
    assertThat(race.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
    Game sumo = Games.load("mujoco_sumo");
    assertThat(sumo.continuousActionSize()).isEqualTo(2);
    assertThat(sumo.observationTensorSize()).isEqualTo(9);
  }

  @Test
  void passiveCheetahBarelyMovesAndPaysNoControlCost() {
    Game coop = Games.load("mujoco_cheetah(horizon=40)");
    double[] r = play(coop, fill(3, 0.5), fill(3, 0.5)); // 0.5 is zero torque
    assertThat(r[0]).isEqualTo(r[1]);
    assertThat(Math.abs(r[0]) / 40).as("mean speed").isLessThan(0.05);
    double[] full = play(coop, fill(3, 1.0), fill(3, 1.0));
    // Full torque on all six motors costs 0.1 * 6 per step, whatever the motion.
    assertThat(full[0]).isLessThan(r[0]);
  }

  @Test
  void raceIsZeroSumAndSymmetricUnderSwappedPlay() {
    Game race = Games.load("mujoco_cheetah(mode=race,horizon=30)");
    double[] a = {0.9, 0.2, 0.7, 0.1, 0.8, 0.4};
    double[] b = fill(6, 0.5);
    double[] ab = play(race, a, b);
    double[] ba = play(race, b, a);
    assertThat(ab[0] + ab[1]).isCloseTo(0, within(1e-12));
    // Identical runners in separate planes: swapping the seats negates the result.
    assertThat(ba[0]).isCloseTo(-ab[0], within(1e-9));
    assertThat(ab[0]).isNotZero();
  }

  @Test
  void sumoPushOutWinsAndTheGameIsSymmetric() {
    Game sumo = Games.load("mujoco_sumo(horizon=200)");
    double[] forward = {1.0, 0.5}; // full push along +x of one's own frame, toward the other
    double[] idle = {0.5, 0.5};
    ContinuousState s = (ContinuousState) sumo.newInitialState();
    int steps = 0;
    while (!s.isTerminal()) {
      s.applyContinuous(new double[][] {forward, idle});
      steps++;
    }
    assertThat(steps).as("pushed out before the time limit").isLessThan(200);
    assertThat(s.returns()).containsExactly(1.0, -1.0);
    assertThat(play(sumo, idle, forward)).containsExactly(-1.0, 1.0);
    // Equal pushes cancel: nobody leaves, and the time-limit payoff is 0.
    double[] even = play(Games.load("mujoco_sumo(horizon=60)"), forward, forward);
    assertThat(even[0]).isCloseTo(0, within(1e-9));
  }

  @Test
  void copiesReplayBitForBit() {
    Game coop = Games.load("mujoco_cheetah(horizon=20)");
    ContinuousState s = (ContinuousState) coop.newInitialState();
    double[] a = {0.1, 0.9, 0.3};
    for (int i = 0; i < 10; i++) {
      s.applyContinuous(new double[][] {a, fill(3, 0.6)});
    }
    ContinuousState c = (ContinuousState) s.copy();
    while (!s.isTerminal()) {
      s.applyContinuous(new double[][] {a, a});
      c.applyContinuous(new double[][] {a, a});
    }
    assertThat(c.returns()).isEqualTo(s.returns());
    assertThat(c.toString()).isEqualTo(s.toString());
  }

  @Test
  void nanActionIsRejectedWithOneLine() {
    ContinuousState s = (ContinuousState) Games.load("mujoco_sumo").newInitialState();
    assertThatThrownBy(() -> s.applyContinuous(new double[][] {{0.5, Double.NaN}, {0.5, 0.5}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mujoco_sumo: player 0's action entry 1 = NaN is not in [0,1]");
  }

  @Test
  void badModelsAreOneLineErrors() throws IOException {
    Path missing = dir.resolve("missing.xml");
    assertThatThrownBy(() -> Games.load("mujoco_cheetah(model=" + missing + ")"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MJCF model " + missing + ": no such file");
    Path malformed = dir.resolve("malformed.xml");
    Files.writeString(malformed, "<mujoco><worldbody>");
    assertThatThrownBy(() -> Games.load("mujoco_sumo(model=" + malformed + ")"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("MJCF model " + malformed + ": ");
    Path five = dir.resolve("five.xml");
    StringBuilder xml = new StringBuilder("<mujoco><worldbody><body>");
    for (int i = 0; i < 5; i++) {
      xml.append("<joint name=\"j").append(i).append("\" type=\"slide\" axis=\"1 0 0\"/>");
    }
    xml.append("<geom type=\"sphere\" size=\"0.1\"/></body></worldbody><actuator>");
    for (int i = 0; i < 5; i++) {
      xml.append("<motor joint=\"j").append(i).append("\"/>");
    }
    Files.writeString(five, xml.append("</actuator></mujoco>"));
    assertThatThrownBy(() -> Games.load("mujoco_cheetah(model=" + five + ")"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "mujoco_cheetah: model five.xml has 5 actuators, which do not split evenly between 2"
                + " players");
    assertThatThrownBy(() -> Games.load("mujoco_cheetah(mode=walk)"))
        .hasMessage("mujoco_cheetah: mode=walk is not one of coop, race");
  }
}
