package org.psro4j.games;

import java.util.List;
import org.psro4j.game.GameSpec;
import org.psro4j.game.TurnBasedSimultaneousGame;
import org.psro4j.games.blotto.ContinuousBlotto;
import org.psro4j.games.goofspiel.Goofspiel;
import org.psro4j.games.kuhn.KuhnPoker;
import org.psro4j.games.leduc.LeducPoker;
import org.psro4j.games.matrix.MatrixGames;
import org.psro4j.games.matrix.RandomMatrixGame;
import org.psro4j.games.memory.MemoryCue;

/** The games registered in core; one line per game. */
public final class BuiltInGames {

  /** Every game core provides. */
  public static final List<GameSpec> SPECS =
      List.of(
          KuhnPoker.SPEC,
          LeducPoker.SPEC,
          Goofspiel.SPEC,
          org.psro4j.games.stratego.BarrageStratego.SPEC,
          MatrixGames.ROCK_PAPER_SCISSORS,
          MatrixGames.BIASED_RPS,
          MatrixGames.MATCHING_PENNIES,
          MatrixGames.PRISONERS_DILEMMA,
          MatrixGames.CHICKEN,
          MatrixGames.BATTLE_OF_THE_SEXES,
          MatrixGames.SHAPLEYS_GAME,
          RandomMatrixGame.SPEC,
          org.psro4j.games.ctf.CaptureTheFlag.SPEC,
          TurnBasedSimultaneousGame.SPEC,
          org.psro4j.game.TeamView.SPEC,
          ContinuousBlotto.SPEC,
          MemoryCue.SPEC);

  private BuiltInGames() {}
}
