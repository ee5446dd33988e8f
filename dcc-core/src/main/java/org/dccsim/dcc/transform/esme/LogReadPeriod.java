package org.dccsim.dcc.transform.esme;

import java.time.Instant;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The ReadLogPeriod of a log read: its start and end. A log of the ESME or Comms Hub is read with
 * a range descriptor (selector 1) on the UTC seconds since 2000 of each entry (attribute 2 of
 * 0-0:94.44.100.255, a class 1 object), every column.
 */
record LogReadPeriod(Instant start, Instant end) {

  static final int RANGE_DESCRIPTOR = 1;
  private static final ObisCode UTC_SECONDS = new ObisCode(0, 0, 94, 44, 100, 255);
  private static final long DOUBLE_LONG_UNSIGNED_MAX = 0xFFFF_FFFFL;

  static LogReadPeriod read(BodyElement parent) throws RequestRefused {
    BodyElement period = TransformValues.child(parent, "ReadLogPeriod");
    Instant start = TransformValues.dateTime(period, "StartDateTime");
    Instant end = TransformValues.dateTime(period, "EndDateTime");
    if (end.isBefore(start)) {
      throw TransformValues.invalid("ReadLogPeriod/EndDateTime", "not before StartDateTime");
    }
    return new LogReadPeriod(start, end);
  }

  /** The range descriptor of a profile read over this period, by seconds since 2000. */
  DlmsData bySecondsSince2000() throws RequestRefused {
    return DlmsData.structure(
        DlmsData.structure(
            DlmsData.longUnsigned(CosemClassIds.DATA),
            DlmsData.octetString(UTC_SECONDS.toBytes()),
            DlmsData.integer(CosemClassIds.VALUE),
            DlmsData.longUnsigned(0)),
        DlmsData.doubleLongUnsigned(seconds(start, "StartDateTime")),
        DlmsData.doubleLongUnsigned(seconds(end, "EndDateTime")),
        DlmsData.array());
  }

  private static long seconds(Instant t, String name) throws RequestRefused {
    long s = EsmeDateTimes.secondsSince2000(t);
    if (s < 0 || s > DOUBLE_LONG_UNSIGNED_MAX) {
      throw TransformValues.invalid("ReadLogPeriod/" + name, "a date-time from 2000 to 2136");
    }
    return s;
  }
}
