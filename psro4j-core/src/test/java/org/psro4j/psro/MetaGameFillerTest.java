package org.psro4j.psro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.EntryKind;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.state.PopulationView;
import org.psro4j.state.SlotRole;

class MetaGameFillerTest {

  @Test
  void reservoirIsASortedSubsetOfTheRightSize() {
    int[] r = MetaGameFiller.reservoir(50, 7, new SplittableRandom(1));
    assertThat(r).hasSize(7).isSorted().doesNotHaveDuplicates();
    for (int i : r) {
      assertThat(i).isBetween(0, 49);
    }
    assertThat(MetaGameFiller.reservoir(3, 7, new SplittableRandom(1))).containsExactly(0, 1, 2);
  }

  @Test
  void newProfilesAreThoseTouchingANewStrategy() {
    // Sizes 3x2, of which 2x1 existed: 6 - 2 = 4 new profiles.
    assertThat(MetaGameFiller.newProfiles(new int[] {3, 2}, new int[] {2, 1})).hasSize(4);
    assertThat(MetaGameFiller.newProfiles(new int[] {2, 2, 2}, new int[] {0, 0, 0})).hasSize(8);
  }

  @Test
  void mainEffectsImputeAnAdditiveGameExactly() {
    // u0(i, j) = a_i + b_j with a = (1, -2, 0.5), b = (0.25, 3) is additive; on a complete
    // table the main-effects model reproduces every entry.
    EmpiricalGame full =
        EmpiricalGame.ofZeroSum(new double[][] {{1.25, 4}, {-1.75, 1}, {0.75, 3.5}});
    assertThat(MainEffects.fit(full).predict(new int[] {2, 1})[0]).isCloseTo(3.5, within(1e-12));
  }

  @Test
  void partialEvaluationImputesAndMeasuresItsError() {
    Game game = Games.load("kuhn_poker");
    PopulationView pop = PopulationView.empty(2);
    for (int p = 0; p < 2; p++) {
      pop = pop.with(p, TabularPolicy.uniform(game), SlotRole.FIXED);
      pop = pop.with(p, TabularPolicy.firstAction(game), SlotRole.FIXED);
    }
    DriverSettings settings = new DriverSettings(1, 0, 0, 7L, 1, false);
    MetaGameFiller filler = new MetaGameFiller(game, new ExactEvaluator(game), settings);
    EmpiricalGame meta = new EmpiricalGame(2);
    for (int p = 0; p < 2; p++) {
      meta.addStrategy(p, "u");
      meta.addStrategy(p, "f");
    }
    MetaGameFiller.Fill first = filler.fill(0, new int[] {0, 0}, pop, meta);
    assertThat(first.evaluated()).isEqualTo(4);
    pop = pop.with(0, TabularPolicy.uniform(game), SlotRole.FIXED);
    pop = pop.with(1, TabularPolicy.uniform(game), SlotRole.FIXED);
    meta.addStrategy(0, "u2");
    meta.addStrategy(1, "u2");
    filler.setPartial(new PartialEvaluation(0.4, new ExactEvaluator(game)));
    MetaGameFiller.Fill second = filler.fill(1, new int[] {2, 2}, pop, meta);
    assertThat(second.evaluated()).isEqualTo(2); // ceil(0.4 * 5)
    assertThat(second.imputed()).isEqualTo(3);
    assertThat(second.imputationError()).isFinite().isNotNegative();
    assertThat(meta.isComplete()).isTrue();
    // Imputed entries are predictions, not samples: the next fit does not learn from them.
    int predicted = 0;
    for (int[] profile : meta.profiles()) {
      if (meta.kind(profile) == EntryKind.PREDICTED) {
        predicted++;
        assertThat(meta.isMeasured(profile)).isFalse();
        assertThat(meta.count(profile)).isZero();
      }
    }
    assertThat(predicted).isEqualTo(3);
  }

  @Test
  void predictedEntriesDoNotFeedTheNextFit() {
    // Player 0's payoff is 1 where measured; a wild prediction of 100 must not move the fit.
    EmpiricalGame meta = new EmpiricalGame(2);
    for (int p = 0; p < 2; p++) {
      meta.addStrategy(p, "a");
      meta.addStrategy(p, "b");
    }
    meta.setExact(new int[] {0, 0}, new double[] {1, -1});
    meta.setExact(new int[] {0, 1}, new double[] {1, -1});
    meta.setExact(new int[] {1, 0}, new double[] {1, -1});
    meta.setPredicted(new int[] {1, 1}, new double[] {100, -100});
    assertThat(MainEffects.fit(meta).predict(new int[] {1, 1})[0]).isCloseTo(1, within(1e-12));
    assertThat(meta.kind(new int[] {1, 1})).isEqualTo(EntryKind.PREDICTED);
    assertThat(meta.missingEntries()).isEmpty();
  }
}
