package org.psro4j.psro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;

class ExactEvaluatorTest {

  @Test
  void evaluatesTheGameItWasBuiltForAndRefusesAnother() {
    Game kuhn = Games.load("kuhn_poker");
    ExactEvaluator exact = new ExactEvaluator(kuhn);
    Policy u = TabularPolicy.uniform(kuhn);
    // Uniform against uniform in Kuhn: player 0 wins 1/8 on average (OpenSpiel's value of the
    // uniform profile; NashConv test in golden-values.md uses the same profile).
    var e = exact.evaluate(Games.load("kuhn_poker(players=2)"), new Policy[] {u, u}, 0);
    assertThat(e.mean()[0]).isCloseTo(0.125, within(1e-12));
    assertThat(e.exact()).isTrue();
    Game leduc = Games.load("leduc_poker");
    Policy lu = TabularPolicy.uniform(leduc);
    assertThatThrownBy(() -> exact.evaluate(leduc, new Policy[] {lu, lu}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("built for kuhn_poker")
        .hasMessageContaining("leduc_poker");
  }

  @Test
  void policiesAreFreedOnceTheRunThatReadThemIsGone() throws Exception {
    // Before: a static WeakHashMap whose values held their own keys kept every tree's cache, and
    // with it every policy ever evaluated (neural ones with their native memory), forever.
    Game kuhn = Games.load("kuhn_poker");
    java.lang.ref.WeakReference<Policy> ref = evaluateAndForget(kuhn);
    for (int i = 0; i < 50 && ref.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertThat(ref.get()).as("policy still reachable after its evaluator is gone").isNull();
  }

  private static java.lang.ref.WeakReference<Policy> evaluateAndForget(Game game) {
    ExactEvaluator exact = new ExactEvaluator(game);
    Policy fresh = TabularPolicy.uniform(game);
    exact.evaluate(game, new Policy[] {fresh, TabularPolicy.firstAction(game)}, 0);
    new ExactBestResponse()
        .bestResponse(
            new BestResponseTask(
                game,
                0,
                new Opponents.Independent(
                    0,
                    java.util.List.of(java.util.List.of(fresh), java.util.List.of(fresh)),
                    new double[][] {{1}, {1}}),
                1L,
                null,
                "br"));
    return new java.lang.ref.WeakReference<>(fresh);
  }
}
