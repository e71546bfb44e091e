package org.psro4j.cli.ctf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfState;

/**
 * One capture-the-flag episode drawn on its map with Java2D: walls, both home tiles, each player's
 * path (broken while it is out), where players were tagged (×), picked up the enemy flag (▲) and
 * scored (★), and where everyone ended (●).
 */
final class CtfTracePicture {

  private static final int CELL = 44;
  private static final int MARGIN = 16;
  private static final int HEADER = 56;
  private static final int LEGEND = 190;
  static final Color[] PLAYER_COLORS = {
    new Color(200, 30, 45), new Color(40, 60, 200), new Color(240, 130, 20), new Color(20, 160, 170)
  };
  private static final Color[] TEAM_COLORS = {new Color(225, 55, 85), new Color(85, 55, 225)};

  private CtfTracePicture() {}

  /** The PNG of {@code frames} (every state of one episode), with seat labels. */
  static byte[] draw(List<CtfState> frames, String title, String[] seatLabels) {
    CtfState first = frames.getFirst();
    CaptureTheFlag game = first.ctf();
    int size = game.size();
    int n = game.numPlayers();
    int width = 2 * MARGIN + size * CELL + LEGEND;
    int height = HEADER + size * CELL + 2 * MARGIN;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    CtfState last = frames.getLast();
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    g.drawString(title, MARGIN, 20);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(
        String.format(
            "%d steps, captures red %d : blue %d", last.step(), last.captures(0), last.captures(1)),
        MARGIN,
        44);
    drawMap(g, first, size);
    for (int p = 0; p < n; p++) {
      drawPath(g, frames, p, n);
    }
    drawEvents(g, frames, n);
    drawLegend(g, seatLabels, MARGIN + size * CELL + 14, HEADER + MARGIN);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static int x(int col) {
    return MARGIN + col * CELL + CELL / 2;
  }

  private static int y(int row) {
    return HEADER + MARGIN + row * CELL + CELL / 2;
  }

  private static void drawMap(Graphics2D g, CtfState s, int size) {
    String map = s.toString();
    String[] lines = map.split("\n");
    for (int r = 0; r < size; r++) {
      for (int c = 0; c < size; c++) {
        char ch = lines[1 + r].charAt(c);
        int left = x(c) - CELL / 2;
        int top = y(r) - CELL / 2;
        g.setColor(ch == '#' ? new Color(110, 110, 110) : new Color(245, 245, 240));
        g.fillRect(left, top, CELL, CELL);
        g.setColor(new Color(220, 220, 215));
        g.drawRect(left, top, CELL, CELL);
      }
    }
    for (int team = 0; team < 2; team++) {
      int r = s.flagRow(team);
      int c = s.flagCol(team);
      g.setColor(TEAM_COLORS[team]);
      g.setStroke(new BasicStroke(4f));
      g.drawRect(x(c) - CELL / 2 + 3, y(r) - CELL / 2 + 3, CELL - 6, CELL - 6);
      g.setStroke(new BasicStroke(1f));
    }
  }

  /** A player's path, offset a little per seat so overlapping paths stay visible. */
  private static void drawPath(Graphics2D g, List<CtfState> frames, int p, int n) {
    int shift = (p - (n - 1) / 2) * 4;
    g.setColor(
        new Color(
            PLAYER_COLORS[p].getRed(),
            PLAYER_COLORS[p].getGreen(),
            PLAYER_COLORS[p].getBlue(),
            170));
    g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D path = new Path2D.Double();
    boolean drawing = false;
    for (CtfState s : frames) {
      if (!s.isIn(p)) {
        drawing = false;
        continue;
      }
      double px = x(s.col(p)) + shift;
      double py = y(s.row(p)) + shift;
      if (drawing) {
        path.lineTo(px, py);
      } else {
        path.moveTo(px, py);
        drawing = true;
      }
    }
    g.draw(path);
    g.setStroke(new BasicStroke(1f));
    CtfState last = frames.getLast();
    if (last.isIn(p)) {
      g.setColor(PLAYER_COLORS[p]);
      g.fillOval(x(last.col(p)) + shift - 7, y(last.row(p)) + shift - 7, 14, 14);
    }
  }

  private static void drawEvents(Graphics2D g, List<CtfState> frames, int n) {
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    for (int t = 1; t < frames.size(); t++) {
      CtfState before = frames.get(t - 1);
      CtfState after = frames.get(t);
      for (int p = 0; p < n; p++) {
        if (before.isIn(p) && !after.isIn(p)) {
          mark(g, "×", PLAYER_COLORS[p], before.row(p), before.col(p));
        }
      }
      for (int team = 0; team < 2; team++) {
        int carrier = after.flagCarrier(team);
        if (carrier >= 0 && before.flagCarrier(team) != carrier) {
          mark(g, "▲", PLAYER_COLORS[carrier], after.row(carrier), after.col(carrier));
        }
        if (after.captures(team) > before.captures(team)) {
          mark(g, "★", TEAM_COLORS[team], after.flagRow(team), after.flagCol(team));
        }
      }
    }
  }

  private static void mark(Graphics2D g, String symbol, Color color, int row, int col) {
    g.setColor(color.darker());
    int w = g.getFontMetrics().stringWidth(symbol);
    g.drawString(symbol, x(col) - w / 2, y(row) + 6);
  }

  private static void drawLegend(Graphics2D g, String[] seatLabels, int left, int top) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    int line = top;
    for (int p = 0; p < seatLabels.length; p++) {
      g.setColor(PLAYER_COLORS[p]);
      g.fillRect(left, line - 10, 22, 6);
      g.setColor(Color.BLACK);
      g.drawString(
          (CaptureTheFlag.team(p) == 0 ? "red " : "blue ") + p + ": " + seatLabels[p],
          left + 28,
          line);
      line += 22;
    }
    line += 10;
    String[] keys = {"path (gap: out)", "× tagged", "▲ took enemy flag", "★ capture", "● end"};
    for (String text : keys) {
      g.drawString(text, left, line);
      line += 20;
    }
  }
}
