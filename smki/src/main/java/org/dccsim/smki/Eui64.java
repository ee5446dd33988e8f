package org.dccsim.smki;

import java.util.Locale;

/**
 * A 64-bit Extended Unique Identifier: the identity of every device and of every organisation
 * (User ID) in GB smart metering. DUIS writes it as eight hex pairs joined by '-', in either case;
 * GBCS carries it as eight raw bytes (a system title).
 */
public record Eui64(long value) implements Comparable<Eui64> {

  /** The DCC itself: access control broker, DSP XML signer, target of non-device requests. */
  public static final Eui64 DCC_ACCESS_CONTROL_BROKER = parse("90-B3-D5-1F-30-00-00-02");

  /**
   * Parses "90-B3-D5-1F-30-01-00-00" (any case) or the 16 hex digits without separators.
   *
   * @throws IllegalArgumentException with the offending text when the form is wrong
   */
  public static Eui64 parse(CharSequence text) {
    int n = text.length();
    long v = 0;
    int digits = 0;
    if (n == 23) {
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (i % 3 == 2) {
          if (c != '-') {
            throw invalid(text);
          }
          continue;
        }
        v = (v << 4) | hexValue(c, text);
        digits++;
      }
    } else if (n == 16) {
      for (int i = 0; i < n; i++) {
        v = (v << 4) | hexValue(text.charAt(i), text);
        digits++;
      }
    }
    if (digits != 16) {
      throw invalid(text);
    }
    return new Eui64(v);
  }

  public static Eui64 fromBytes(byte[] bytes, int offset) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (bytes[offset + i] & 0xFF);
    }
    return new Eui64(v);
  }

  public static Eui64 fromBytes(byte[] bytes) {
    if (bytes.length != 8) {
      throw new IllegalArgumentException("an EUI-64 is 8 bytes, not " + bytes.length);
    }
    return fromBytes(bytes, 0);
  }

  public byte[] toBytes() {
    byte[] b = new byte[8];
    writeTo(b, 0);
    return b;
  }

  public void writeTo(byte[] target, int offset) {
    for (int i = 7; i >= 0; i--) {
      target[offset + i] = (byte) (value >>> (8 * (7 - i)));
    }
  }

  /** 16 lower-case hex digits, the form used in key file names and keystore.json. */
  public String toCompactHex() {
    return String.format(Locale.ROOT, "%016x", value);
  }

  /** The DUIS form: upper-case hex pairs joined by '-'. */
  @Override
  public String toString() {
    char[] out = new char[23];
    for (int i = 0; i < 8; i++) {
      int b = (int) (value >>> (8 * (7 - i))) & 0xFF;
      out[i * 3] = HEX[b >>> 4];
      out[i * 3 + 1] = HEX[b & 0xF];
      if (i < 7) {
        out[i * 3 + 2] = '-';
      }
    }
    return new String(out);
  }

  @Override
  public int compareTo(Eui64 o) {
    return Long.compareUnsigned(value, o.value);
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static int hexValue(char c, CharSequence text) {
    int d = Character.digit(c, 16);
    if (d < 0) {
      throw invalid(text);
    }
    return d;
  }

  private static IllegalArgumentException invalid(CharSequence text) {
    return new IllegalArgumentException("not an EUI-64: '" + text + "'");
  }
}
