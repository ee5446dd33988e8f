package org.dccsim.device.dlms;

import org.dccsim.gbcs.dlms.ObisCode;

/** Logical names written as in the Blue Book, "A-B:C.D.E.F", for object models. */
public final class Obis {

  private Obis() {}

  /**
   * @throws IllegalArgumentException when {@code text} is not six groups 0..255 separated by '-',
   *     ':' and '.' in that pattern
   */
  public static ObisCode of(String text) {
    int[] groups = new int[6];
    char[] separators = {'-', ':', '.', '.', '.'};
    int g = 0;
    int value = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : 0;
      if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (value > 255) {
          throw new IllegalArgumentException("OBIS group above 255 in " + text);
        }
      } else if (value >= 0 && (i == text.length() ? g == 5 : g < 5 && c == separators[g])) {
        groups[g++] = value;
        value = -1;
      } else {
        throw new IllegalArgumentException("not an OBIS code A-B:C.D.E.F: " + text);
      }
    }
    return new ObisCode(groups[0], groups[1], groups[2], groups[3], groups[4], groups[5]);
  }
}
