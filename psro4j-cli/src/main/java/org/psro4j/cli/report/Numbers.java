package org.psro4j.cli.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the report writes numbers: a few significant digits, never a 17-digit tail. */
final class Numbers {

  private Numbers() {}

  /**
   * {@code v} to {@code digits} significant digits: plain notation from 1e-3 to 1e6, scientific
   * outside it, an en dash for NaN, integers without a decimal point.
   */
  static String sig(double v, int digits) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "−∞";
    }
    if (v == 0) {
      return "0";
    }
    double a = Math.abs(v);
    if (a >= 1e-3 && a < 1e6) {
      BigDecimal rounded = new BigDecimal(v).round(new MathContext(digits));
      String s = rounded.stripTrailingZeros().toPlainString();
      return s.startsWith("-") ? "−" + s.substring(1) : s;
    }
    String s = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
    int e = s.indexOf('e');
    String mantissa = s.substring(0, e);
    if (mantissa.contains(".")) {
      mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    int exponent = Integer.parseInt(s.substring(e + 1));
    return (mantissa.startsWith("-") ? "−" + mantissa.substring(1) : mantissa) + "e" + exponent;
  }

  /** A cell of metrics.csv for the table: integers as they are, other numbers to 4 digits. */
  static String cell(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    if (raw.matches("-?\\d+")) {
      return raw;
    }
    try {
      return sig(Double.parseDouble(raw), 4);
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  /** Seconds as "12.3 s", "4 min 05 s" or "1 h 02 min". */
  static String duration(double seconds) {
    if (!Double.isFinite(seconds)) {
      return "–";
    }
    if (seconds < 60) {
      return sig(seconds, 3) + " s";
    }
    long s = Math.round(seconds);
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
  }

  /** A count with thin-space thousands separators (1 234 567). */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n).replace(',', '\u202f');
  }

  /**
   * The smallest "nice" bound at or above {@code |v|} with two significant digits (3.7333 gives
   * 3.8), so a colour bar's end labels read cleanly.
   */
  static double niceCeiling(double v) {
    double a = Math.abs(v);
    if (!(a > 0) || Double.isInfinite(a)) {
      return 1;
    }
    int exponent = (int) Math.floor(Math.log10(a)) - 1;
    double digits = Math.ceil(a / Math.pow(10, exponent) - 1e-9);
    // Through BigDecimal so that 38 × 0.1 comes out as 3.8, not 3.8000000000000003.
    return BigDecimal.valueOf(digits).scaleByPowerOfTen(exponent).doubleValue();
  }
}
