package org.psro4j.cli.stratego;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.psro4j.cli.stratego.BarrageGameRecord.Move;
import org.psro4j.games.stratego.BarragePosition;
import org.psro4j.games.stratego.BarrageStratego;

/**
 * One Barrage Stratego game drawn with Java2D, every rank shown: (a) the board after both setups,
 * (b) the board at the end with every move traced on it (a line per move in its side's colour,
 * faint early and strong late; × where a piece fell; the last move as a thick arrow), a title with
 * the players, the result, how it came about, the number of moves and the seed, and the game's
 * combats listed by move.
 */
final class BarrageGamePicture {

  static final int CELL = 50;
  static final int MARGIN = 16;
  static final int GUTTER = 20;
  static final int HEADER = 64;
  static final int PANEL_TITLE = 26;
  static final int BOARD = BarragePosition.SIZE * CELL;
  static final int PANEL_GAP = 44;
  static final int COMBAT_LINE = 17;
  static final int COMBAT_ROWS = 5;
  static final int WIDTH = 2 * MARGIN + 2 * (GUTTER + BOARD) + PANEL_GAP;
  static final int HEIGHT =
      HEADER + PANEL_TITLE + BOARD + 22 + 22 + COMBAT_ROWS * COMBAT_LINE + 90 + MARGIN;

  static final Color BACKGROUND = Color.WHITE;
  static final Color SQUARE = new Color(238, 226, 196);
  static final Color LAKE = new Color(140, 195, 235);
  static final Color[] SIDE = {new Color(200, 35, 40), new Color(35, 80, 200)};
  static final String[] SIDE_NAME = {"red", "blue"};
  private static final Color GRID = new Color(196, 178, 138);

  private BarrageGamePicture() {}

  /** The PNG of {@code game}. */
  static byte[] draw(BarrageGameRecord game) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(BACKGROUND);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    BarragePosition setup =
        BarragePosition.of(
            game.replay(Math.min(BarrageStratego.SETUP_MOVES, game.actions().size())));
    BarragePosition end = game.endPosition();
    List<Move> trace = game.trace();
    BarragePictureText.title(g, game, end);
    BarragePictureText.panelTitle(g, 0, "(a) After setup: both sides' ranks");
    BarragePictureText.panelTitle(
        g,
        1,
        String.format(
            Locale.ROOT,
            "(b) End after %d moves: red %d, blue %d pieces left",
            game.moves(),
            left(end, 0),
            left(end, 1)));
    board(g, 0);
    board(g, 1);
    pieces(g, 0, setup, end);
    BarrageTraceMarks.moveLines(g, trace);
    pieces(g, 1, end, end);
    BarrageTraceMarks.combatMarks(g, trace);
    BarragePictureText.combats(g, trace);
    BarragePictureText.legend(g);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The x of the centre of column {@code col} in panel 0 (setup) or 1 (end). */
  static int x(int panel, int col) {
    return MARGIN + GUTTER + panel * (BOARD + PANEL_GAP + GUTTER) + col * CELL + CELL / 2;
  }

  /** The y of the centre of row {@code row}; row 0 (player 0's back row) is at the bottom. */
  static int y(int row) {
    return HEADER + PANEL_TITLE + (BarragePosition.SIZE - 1 - row) * CELL + CELL / 2;
  }

  private static int left(BarragePosition p, int player) {
    int n = 0;
    for (int piece = player * 8; piece < player * 8 + 8; piece++) {
      n += p.captured(piece) ? 0 : 1;
    }
    return n;
  }

  private static void board(Graphics2D g, int panel) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int row = 0; row < BarragePosition.SIZE; row++) {
      for (int col = 0; col < BarragePosition.SIZE; col++) {
        int left = x(panel, col) - CELL / 2;
        int top = y(row) - CELL / 2;
        g.setColor(BarragePosition.isLake(row, col) ? LAKE : SQUARE);
        g.fillRect(left, top, CELL, CELL);
        g.setColor(GRID);
        g.drawRect(left, top, CELL, CELL);
      }
      g.setColor(Color.DARK_GRAY);
      String number = Integer.toString(row + 1);
      int w = g.getFontMetrics().stringWidth(number);
      g.drawString(number, x(panel, 0) - CELL / 2 - 4 - w, y(row) + 4);
    }
    for (int col = 0; col < BarragePosition.SIZE; col++) {
      String letter = Character.toString('a' + col);
      int w = g.getFontMetrics().stringWidth(letter);
      g.drawString(letter, x(panel, col) - w / 2, y(0) + CELL / 2 + 15);
    }
  }

  /**
   * The pieces of {@code shown} in {@code panel}: solid when the opponent knows the rank at the
   * end, pale while it is still hidden; in the setup panel a corner × marks a piece lost later.
   */
  private static void pieces(Graphics2D g, int panel, BarragePosition shown, BarragePosition end) {
    for (int piece = 0; piece < BarragePosition.PIECES; piece++) {
      int row = shown.row(piece);
      if (row < 0) {
        continue;
      }
      int cx = x(panel, shown.col(piece));
      int cy = y(row);
      int owner = BarragePosition.owner(piece);
      boolean known = end.revealed(piece);
      int inset = 6;
      int size = CELL - 2 * inset;
      g.setColor(known ? SIDE[owner] : pale(SIDE[owner]));
      g.fillRoundRect(cx - size / 2, cy - size / 2, size, size, 10, 10);
      g.setColor(SIDE[owner]);
      g.setStroke(new BasicStroke(2f));
      g.drawRoundRect(cx - size / 2, cy - size / 2, size, size, 10, 10);
      g.setStroke(new BasicStroke(1f));
      g.setColor(known ? Color.WHITE : SIDE[owner].darker());
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
      String letter = Character.toString(BarragePosition.letter(piece));
      int w = g.getFontMetrics().stringWidth(letter);
      g.drawString(letter, cx - w / 2, cy + 7);
      if (panel == 0 && end.captured(piece)) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        int r = 5;
        int mx = cx + size / 2 - 4;
        int my = cy - size / 2 + 4;
        g.draw(new Line2D.Double(mx - r, my - r, mx + r, my + r));
        g.draw(new Line2D.Double(mx - r, my + r, mx + r, my - r));
        g.setStroke(new BasicStroke(1f));
      }
    }
  }

  /** {@code c} mixed with three parts of white: the fill of a piece whose rank stayed hidden. */
  static Color pale(Color c) {
    return new Color(
        (c.getRed() + 3 * 255) / 4, (c.getGreen() + 3 * 255) / 4, (c.getBlue() + 3 * 255) / 4);
  }
}
