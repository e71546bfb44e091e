package org.psro4j.cli.stratego;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
    title(g, game, end);
    panelTitle(g, 0, "(a) After setup: both sides' ranks");
    panelTitle(
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
    moveLines(g, trace);
    pieces(g, 1, end, end);
    combatMarks(g, trace);
    combats(g, trace);
    legend(g);
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

  private static void title(Graphics2D g, BarrageGameRecord game, BarragePosition end) {
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

  private static void panelTitle(Graphics2D g, int panel, String text) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(text, x(panel, 0) - CELL / 2, HEADER + PANEL_TITLE - 8);
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

  /**
   * Each move but the last as a line in the end panel, under the pieces, offset by side, fading
   * from late back to early.
   */
  private static void moveLines(Graphics2D g, List<Move> trace) {
    int n = trace.size();
    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 0; i < n - 1; i++) {
      Move m = trace.get(i);
      int alpha = (int) Math.round(35 + 175 * (double) i / Math.max(1, n - 2));
      Color c = SIDE[m.player()];
      g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
      int shift = m.player() == 0 ? -4 : 4;
      g.draw(
          new Line2D.Double(
              x(1, m.from()[1]) + shift,
              y(m.from()[0]) + shift,
              x(1, m.to()[1]) + shift,
              y(m.to()[0]) + shift));
    }
    g.setStroke(new BasicStroke(1f));
  }

  /** The × of every combat, then the last move's arrow, over the pieces of the end panel. */
  private static void combatMarks(Graphics2D g, List<Move> trace) {
    Map<Integer, List<Move>> bySquare = new TreeMap<>();
    for (Move m : trace) {
      if (m.isAttack()) {
        bySquare.computeIfAbsent(m.to()[0] * 10 + m.to()[1], k -> new ArrayList<>()).add(m);
      }
    }
    bySquare.values().forEach(combats -> cross(g, combats));
    if (!trace.isEmpty()) {
      lastMove(g, trace.getLast());
    }
    g.setStroke(new BasicStroke(1f));
  }

  /**
   * The × of the combats on one square in its lower right corner (the piece left there stays
   * readable), in the colour of the side that lost a piece in the last of them (black: both), with
   * their move numbers in the upper left corner.
   */
  private static void cross(Graphics2D g, List<Move> combats) {
    Move m = combats.getLast();
    int left = x(1, m.to()[1]) - CELL / 2;
    int top = y(m.to()[0]) - CELL / 2;
    int cx = left + CELL - 10;
    int cy = top + CELL - 10;
    Color c =
        m.attackerFell() && m.defenderFell()
            ? Color.BLACK
            : SIDE[m.attackerFell() ? m.player() : 1 - m.player()];
    int r = 6;
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(5.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(cx - r, cy - r, cx + r, cy + r));
    g.draw(new Line2D.Double(cx - r, cy + r, cx + r, cy - r));
    g.setColor(c);
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(cx - r, cy - r, cx + r, cy + r));
    g.draw(new Line2D.Double(cx - r, cy + r, cx + r, cy - r));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
    g.setColor(Color.BLACK);
    String numbers =
        String.join(",", combats.stream().map(k -> Integer.toString(k.number())).toList());
    g.drawString(numbers, left + 2, top + 11);
  }

  /** The last move as a thick arrow in its side's colour, outlined in black. */
  private static void lastMove(Graphics2D g, Move m) {
    double x0 = x(1, m.from()[1]);
    double y0 = y(m.from()[0]);
    double x1 = x(1, m.to()[1]);
    double y1 = y(m.to()[0]);
    double length = Math.hypot(x1 - x0, y1 - y0);
    double ux = (x1 - x0) / length;
    double uy = (y1 - y0) / length;
    double head = 14;
    double tipX = x1 - ux * (CELL / 2 - 6);
    double tipY = y1 - uy * (CELL / 2 - 6);
    Path2D arrow = new Path2D.Double();
    arrow.moveTo(tipX, tipY);
    arrow.lineTo(tipX - ux * head - uy * head * 0.6, tipY - uy * head + ux * head * 0.6);
    arrow.lineTo(tipX - ux * head + uy * head * 0.6, tipY - uy * head - ux * head * 0.6);
    arrow.closePath();
    Line2D shaft =
        new Line2D.Double(x0 + ux * 8, y0 + uy * 8, tipX - ux * head * 0.8, tipY - uy * head * 0.8);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(shaft);
    g.draw(arrow);
    g.setColor(SIDE[m.player()]);
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(shaft);
    g.fill(arrow);
  }

  /** The combats in move order, in columns under the boards. */
  private static void combats(Graphics2D g, List<Move> trace) {
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

  private static void legend(Graphics2D g) {
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
