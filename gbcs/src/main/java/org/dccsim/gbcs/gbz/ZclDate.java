package org.dccsim.gbcs.gbz;

import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * A ZigBee Date: year - 1900, month, day of month, day of week (1 = Monday), each one byte, FF
 * meaning "any" (a recurring season start or special day).
 */
public record ZclDate(int yearSince1900, int month, int dayOfMonth, int dayOfWeek) {

  public static final int ANY = 0xFF;

  public ZclDate {
    for (int v : new int[] {yearSince1900, month, dayOfMonth, dayOfWeek}) {
      if (v < 0 || v > 0xFF) {
        throw new IllegalArgumentException("a ZigBee Date field is one byte, not " + v);
      }
    }
  }

  static ZclDate read(ByteReader r, String what) throws GbcsCodecException {
    return new ZclDate(r.u8(what), r.u8(what), r.u8(what), r.u8(what));
  }

  void writeTo(ByteWriter w) {
    w.u8(yearSince1900).u8(month).u8(dayOfMonth).u8(dayOfWeek);
  }
}
