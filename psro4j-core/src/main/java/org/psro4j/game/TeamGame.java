package org.psro4j.game;

/**
 * A game whose players form teams that share a payoff, e.g. capture-the-flag's red and blue pairs:
 * {@link TeamView} turns it into a game of teams, where a team is one player acting for all its
 * seats (the team meta-game of NeuPL-JPSRO, Liu et al., ICLR 2022).
 */
public interface TeamGame extends Game {

  /** How many teams there are; teams are numbered from 0. */
  int numTeams();

  /** The team of seat {@code player}. */
  int teamOf(int player);

  /**
   * Whether the seats' views are the same for every team (the team's colour does not show in a
   * player's tensors), so one policy trained on a seat of one team plays every team's seats.
   */
  default boolean teamSymmetric() {
    return false;
  }
}
