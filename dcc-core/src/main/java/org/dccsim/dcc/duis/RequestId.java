package org.dccsim.dcc.duis;

import java.util.Objects;
import org.dccsim.smki.Eui64;

/**
 * A DUIS RequestID, "originator:target:counter": the User ID, the device (or the DCC for
 * non-device requests) and the originator's counter, an unsigned 64-bit number held in a long.
 */
public record RequestId(Eui64 originator, Eui64 target, long counter) {

  private static final int EUI_LENGTH = 23;

  public RequestId {
    Objects.requireNonNull(originator, "originator");
    Objects.requireNonNull(target, "target");
  }

  /**
   * Parses "90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1000": EUIs in either case, the
   * counter decimal 0..18446744073709551615 without leading zeros, as the XSD pattern has it.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static RequestId parse(CharSequence text) {
    return parse(text, "RequestID");
  }

  /** Parses the triple; the first EUI becomes {@code originator}, whatever its role in {@code kind}. */
  static RequestId parse(CharSequence text, String kind) {
    int n = text.length();
    if (n < 2 * EUI_LENGTH + 3
        || text.charAt(EUI_LENGTH) != ':'
        || text.charAt(2 * EUI_LENGTH + 1) != ':') {
      throw new IllegalArgumentException(
          "not a DUIS " + kind + " (EUI-64:EUI-64:counter): '" + abbreviate(text) + "'");
    }
    Eui64 first = Eui64.parse(text.subSequence(0, EUI_LENGTH));
    Eui64 second = Eui64.parse(text.subSequence(EUI_LENGTH + 1, 2 * EUI_LENGTH + 1));
    return new RequestId(first, second, parseCounter(text, 2 * EUI_LENGTH + 2, n, kind));
  }

  private static long parseCounter(CharSequence text, int from, int to, String kind) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(
            kind + " counter '" + abbreviate(text.subSequence(from, to)) + "' is not decimal");
      }
    }
    if (text.charAt(from) == '0' && to - from > 1) {
      throw new IllegalArgumentException(
          kind + " counter '" + text.subSequence(from, to) + "' has a leading zero");
    }
    try {
      return Long.parseUnsignedLong(text, from, to, 10);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          kind + " counter '" + abbreviate(text.subSequence(from, to))
              + "' exceeds 18446744073709551615");
    }
  }

  public RequestId withCounter(long newCounter) {
    return new RequestId(originator, target, newCounter);
  }

  /** The ResponseID of responses to this request: target:originator:counter. */
  public ResponseId responseId() {
    return new ResponseId(target, originator, counter);
  }

  /** The counter as DUIS writes it (unsigned decimal). */
  public String counterText() {
    return Long.toUnsignedString(counter);
  }

  @Override
  public String toString() {
    return originator + ":" + target + ":" + counterText();
  }

  static String abbreviate(CharSequence s) {
    return s.length() <= 80 ? s.toString() : s.subSequence(0, 80) + "...";
  }
}
