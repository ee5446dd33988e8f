package org.dccsim.dcc.transform.esme;

import static org.dccsim.gbcs.dlms.DlmsData.BooleanValue;
import static org.dccsim.gbcs.dlms.DlmsData.longUnsigned;
import static org.dccsim.gbcs.dlms.DlmsData.octetString;
import static org.dccsim.gbcs.dlms.DlmsData.structure;

import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;

/**
 * One entry of a COSEM schedule (class 10, attribute 2): at the switch time, on the days of the
 * week and special days it applies to, between its begin and end dates, run a script of a script
 * table. Always enabled, with the validity window "any" (0xFFFF), as GBCS commands set them.
 *
 * @param weekdays Monday first: bit 6 of the 7 is Monday, bit 0 Sunday
 * @param specialDays one bit per special day of the request's table, the first day first
 */
record SchedulerEntry(
    int index,
    ObisCode scriptTable,
    int scriptSelector,
    byte[] switchTime,
    int weekdays,
    boolean[] specialDays,
    byte[] beginDate,
    byte[] endDate) {

  static final int EVERY_DAY_OF_THE_WEEK = 0x7F;
  private static final int ANY_VALIDITY_WINDOW = 0xFFFF;

  DlmsData toDlms() {
    return structure(
        longUnsigned(index),
        BooleanValue.TRUE,
        octetString(scriptTable.toBytes()),
        longUnsigned(scriptSelector),
        octetString(switchTime),
        longUnsigned(ANY_VALIDITY_WINDOW),
        new DlmsData.BitString(7, ByteSlice.copyOf(new byte[] {(byte) (weekdays << 1)})),
        bits(specialDays),
        octetString(beginDate),
        octetString(endDate));
  }

  private static DlmsData bits(boolean[] flags) {
    byte[] packed = new byte[(flags.length + 7) / 8];
    for (int i = 0; i < flags.length; i++) {
      if (flags[i]) {
        packed[i / 8] |= (byte) (0x80 >>> (i % 8));
      }
    }
    return new DlmsData.BitString(flags.length, ByteSlice.copyOf(packed));
  }
}
