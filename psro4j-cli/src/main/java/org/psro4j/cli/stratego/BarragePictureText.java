package org.psro4j.cli.stratego;

import static org.psro4j.cli.stratego.BarrageGamePicture.CELL;
import static org.psro4j.cli.stratego.BarrageGamePicture.COMBAT_LINE;
import static org.psro4j.cli.stratego.BarrageGamePicture.COMBAT_ROWS;
import static org.psro4j.cli.stratego.BarrageGamePicture.HEADER;
import static org.psro4j.cli.stratego.BarrageGamePicture.HEIGHT;
import static org.psro4j.cli.stratego.BarrageGamePicture.LAKE;
import static org.psro4j.cli.stratego.BarrageGamePicture.MARGIN;
import static org.psro4j.cli.stratego.BarrageGamePicture.PANEL_TITLE;
import static org.psro4j.cli.stratego.BarrageGamePicture.SIDE;
import static org.psro4j.cli.stratego.BarrageGamePicture.SIDE_NAME;
import static org.psro4j.cli.stratego.BarrageGamePicture.WIDTH;
import static org.psro4j.cli.stratego.BarrageGamePicture.pale;
import static org.psro4j.cli.stratego.BarrageGamePicture.x;
import static org.psro4j.cli.stratego.BarrageGamePicture.y;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import org.psro4j.cli.stratego.BarrageGameRecord.Move;
import org.psro4j.games.stratego.BarragePosition;

/**
 * The words of {@link BarrageGamePicture}: the title (players, result and how, moves, seed), the
 * panel titles, the list of combats and the legend.
 */
final class BarragePictureText {

  private BarragePictureText() {}

  static void title(Graphics2D g, BarrageGameRecord game, BarragePosition end) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    String players =
        game.players().get(0)
            + " (red, player 0) vs "
            + game.players().get(1)
            + " (blue, player 1)";
    g.drawString(players + ": " + outcome(end), MARGIN, 24);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.drawString(
        String.format(
            Locale.ROOT,
            "%s, seed %d, %d moves after the 16 placements",
            game.game(),
            game.seed(),
            game.moves()),
        MARGIN,
        46);
  }

  /** The result in words: who won and how. */
  static String outcome(BarragePosition end) {
    return switch (end.ending()) {
      case FLAG_CAPTURED -> SIDE_NAME[end.winner()] + " wins: took the Flag";
      case NO_LEGAL_MOVE ->
          SIDE_NAME[end.winner()] + " wins: " + SIDE_NAME[1 - end.winner()] + " has no legal move";
      case MOVE_LIMIT -> "draw at the move limit";
      case NEITHER_CAN_MOVE -> "draw: neither side can move";
      case NOT_OVER -> "not over";
    };
  }

  static void panelTitle(Graphics2D g, int panel, String text) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(text, x(panel, 0) - CELL / 2, HEADER + PANEL_TITLE - 8);
  }

  /** The combats in move order, in columns under the boards. */
  static void combats(Graphics2D g, List<Move> trace) {
    List<Move> attacks = trace.stream().filter(Move::isAttack).toList();
    int top = y(0) + CELL / 2 + 22 + 18;
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.drawString(
        attacks.isEmpty() ? "No combat." : "Combats (move: attacker → defender, who fell):",
        MARGIN,
        top);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int columns = Math.max(1, (attacks.size() + COMBAT_ROWS - 1) / COMBAT_ROWS);
    int columnWidth = (WIDTH - 2 * MARGIN) / Math.max(3, columns);
    for (int i = 0; i < attacks.size(); i++) {
      Move m = attacks.get(i);
      int cx = MARGIN + (i / COMBAT_ROWS) * columnWidth;
      int cy = top + COMBAT_LINE * (1 + i % COMBAT_ROWS);
      g.setColor(SIDE[m.player()]);
      g.drawString(combat(m), cx, cy);
    }
  }

  /** One combat in words, e.g. {@code "31: red Marshal f6 → blue General, blue fell"}. */
  static String combat(Move m) {
    String fell =
        m.attackerFell() && m.defenderFell()
            ? "both fell"
            : m.attackerFell()
                ? SIDE_NAME[m.player()] + " fell"
                : SIDE_NAME[1 - m.player()] + " fell";
    if (BarragePosition.letter(m.defender()) == 'F') {
      fell = "Flag taken";
    }
    return String.format(
        Locale.ROOT,
        "%d: %s %s → %s %s on %s, %s",
        m.number(),
        SIDE_NAME[m.player()],
        BarragePosition.rankName(m.attacker()),
        SIDE_NAME[1 - m.player()],
        BarragePosition.rankName(m.defender()),
        square(m.to()),
        fell);
  }

  private static String square(int[] rowCol) {
    return Character.toString('a' + rowCol[1]) + (rowCol[0] + 1);
  }

  static void legend(Graphics2D g) {
    int top = HEIGHT - MARGIN - 58;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int at = MARGIN;
    for (int side = 0; side < 2; side++) {
      g.setColor(SIDE[side]);
      g.fillRoundRect(at, top - 11, 16, 14, 4, 4);
      g.setColor(Color.BLACK);
      String text =
          SIDE_NAME[side] + ": player " + side + (side == 0 ? ", rows 1-4" : ", rows 7-10");
      g.drawString(text, at + 22, top);
      at += 22 + g.getFontMetrics().stringWidth(text) + 18;
    }
    g.setColor(pale(SIDE[0]));
    g.fillRoundRect(at, top - 11, 16, 14, 4, 4);
    g.setColor(SIDE[0]);
    g.drawRoundRect(at, top - 11, 16, 14, 4, 4);
    g.setColor(Color.BLACK);
    String hidden = "pale: rank still hidden from the opponent at the end (solid: revealed)";
    g.drawString(hidden, at + 22, top);
    at += 22 + g.getFontMetrics().stringWidth(hidden) + 18;
    g.setColor(LAKE);
    g.fillRect(at, top - 11, 16, 14);
    g.setColor(Color.BLACK);
    g.drawString("lake", at + 22, top);
    String[] lines = {
      "Ranks: M Marshal (10), G General (9), N Miner (3), C Scout (2), S Spy (1), B Bomb, F Flag."
          + "   (a) × in the upper right corner: the piece fell during the game.",
      "(b) One line per move, red's shifted up-left and blue's down-right, faint early and strong"
          + " late; × in the lower right corner where a piece fell, in its side's",
      "colour (black: both fell), numbered by move in the upper left corner; the thick arrow is"
          + " the last move."
    };
    for (int i = 0; i < lines.length; i++) {
      g.drawString(lines[i], MARGIN, top + 20 + 17 * i);
    }
  }
}
