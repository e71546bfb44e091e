package org.psro4j.cli.stratego;

import static org.psro4j.cli.stratego.BarrageGamePicture.CELL;
import static org.psro4j.cli.stratego.BarrageGamePicture.SIDE;
import static org.psro4j.cli.stratego.BarrageGamePicture.x;
import static org.psro4j.cli.stratego.BarrageGamePicture.y;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.psro4j.cli.stratego.BarrageGameRecord.Move;

/**
 * The moves of a Barrage game traced on the end panel of {@link BarrageGamePicture}: a line per
 * move, a × where pieces fell, the last move as an arrow.
 */
final class BarrageTraceMarks {

  private BarrageTraceMarks() {}

  /**
   * Each move but the last as a line in the end panel, under the pieces, offset by side, fading
   * from late back to early.
   */
  static void moveLines(Graphics2D g, List<Move> trace) {
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
  static void combatMarks(Graphics2D g, List<Move> trace) {
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
}
