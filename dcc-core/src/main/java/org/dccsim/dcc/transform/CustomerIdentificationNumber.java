package org.dccsim.dcc.transform;

import java.nio.charset.StandardCharsets;

/**
 * A Customer Identification Number: four decimal digits, as DUIS's CINMessage returns it to the
 * User ([0-9]{4}) and the meter shows it to the consumer; GBCS commands carry the digits as ASCII.
 */
public record CustomerIdentificationNumber(String digits) {

  public static final int DIGITS = 4;

  public CustomerIdentificationNumber {
    boolean valid = digits != null && digits.length() == DIGITS;
    for (int i = 0; valid && i < DIGITS; i++) {
      valid = digits.charAt(i) >= '0' && digits.charAt(i) <= '9';
    }
    if (!valid) {
      throw new IllegalArgumentException("a CIN is " + DIGITS + " decimal digits, not '" + digits + "'");
    }
  }

  /** The CIN {@code value} (0..9999) with leading zeros. */
  public static CustomerIdentificationNumber of(int value) {
    if (value < 0 || value > 9999) {
      throw new IllegalArgumentException("a CIN is 0000..9999, not " + value);
    }
    char[] d = new char[DIGITS];
    for (int i = DIGITS - 1, v = value; i >= 0; i--, v /= 10) {
      d[i] = (char) ('0' + v % 10);
    }
    return new CustomerIdentificationNumber(new String(d));
  }

  /** The digits as GBCS carries them (ASCII). */
  public byte[] ascii() {
    return digits.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public String toString() {
    return digits;
  }
}
