package org.dccsim.dcc.transform.esme;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.dlms.DlmsData;

/**
 * The time values ESME (and Comms Hub) commands carry in their payload, as RTDS 4.5.0 shows them:
 * date-times as 12-byte octet strings in UTC with day of week, deviation and clock status "not
 * specified" (FF, 8000, FF); times of day as 4-byte COSEM times; log ranges as seconds since
 * 2000-01-01T00:00:00Z; and the activation or execution date-time of a future-dated change, whose
 * all-zero form means "at once" and all-FF form "never" (it cancels a pending change).
 */
final class EsmeDateTimes {

  /** DUIS's ExecutionDateTime that cancels a future-dated request rather than scheduling one. */
  static final Instant CANCELLATION = Instant.parse("3000-12-31T00:00:00Z");

  private static final long EPOCH_2000 = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
  static final int NOT_SPECIFIED_DEVIATION = CosemDateTime.DEVIATION_NOT_SPECIFIED;
  static final int NOT_SPECIFIED_STATUS = 0xFF;
  private static final DlmsData IMMEDIATELY = DlmsData.octetString(specialDateTime(0x00));
  private static final DlmsData NEVER = DlmsData.octetString(specialDateTime(0xFF));

  private EsmeDateTimes() {}

  /** A UTC instant as the 12 bytes of a COSEM date-time, day of week, deviation and status unspecified. */
  static byte[] dateTime(Instant t) {
    return CosemDateTime.of(LocalDateTime.ofInstant(t, ZoneOffset.UTC), NOT_SPECIFIED_DEVIATION, NOT_SPECIFIED_STATUS)
        .toByteArray();
  }

  /** Every field a wildcard: "never" for an execution date-time, "none" for a clock's preset time. */
  static byte[] unspecified() {
    return specialDateTime(0xFF);
  }

  /** A time of day as the 4 bytes of a COSEM time: hour, minute, second, hundredths. */
  static byte[] time(LocalTime t) {
    return new byte[] {
      (byte) t.getHour(), (byte) t.getMinute(), (byte) t.getSecond(), (byte) (t.getNano() / 10_000_000)
    };
  }

  /** Seconds since 2000-01-01T00:00:00Z, the value of the ESME's UTC seconds object 0-0:94.44.100.255. */
  static long secondsSince2000(Instant t) {
    return t.getEpochSecond() - EPOCH_2000;
  }

  /**
   * When a future-dated use case (ECS28a, ECS46c, ECS46d) takes effect, as bytes: now (no
   * ExecutionDateTime) the zero date-time, a cancellation the all-wildcard one, else the date-time.
   */
  static byte[] executionDateTime(Optional<Instant> executionDateTime) {
    if (executionDateTime.isEmpty()) {
      return specialDateTime(0x00);
    }
    return executionDateTime.get().equals(CANCELLATION) ? unspecified() : dateTime(executionDateTime.get());
  }

  /** An instant as a COSEM date-time octet string (12 bytes); the year must fit its 2 bytes. */
  static DlmsData octetString(Instant t, String element) throws RequestRefused {
    LocalDateTime utc = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    if (utc.getYear() < 0 || utc.getYear() >= 0xFFFF) {
      throw TransformValues.invalid(element, "a year from 0 to 65534, not " + utc.getYear());
    }
    return DlmsData.octetString(dateTime(t));
  }

  /**
   * The UTC time counter that restricts ESME log reads: seconds since 2000 as a
   * double-long-unsigned, so only instants from 2000 to early 2136 can be expressed.
   */
  static long secondsSince2000(Instant t, String element) throws RequestRefused {
    long seconds = secondsSince2000(t);
    if (seconds < 0 || seconds > 0xFFFF_FFFFL) {
      throw TransformValues.invalid(element, "a date-time from 2000-01-01 to 2136-02-07, not " + t);
    }
    return seconds;
  }

  /**
   * When passive values become active: at once without an ExecutionDateTime, never for the
   * cancellation date, else at the execution date-time.
   */
  static DlmsData activation(Optional<Instant> executionDateTime) throws RequestRefused {
    if (executionDateTime.isEmpty()) {
      return IMMEDIATELY;
    }
    return executionDateTime.get().equals(CANCELLATION)
        ? NEVER
        : octetString(executionDateTime.get(), "ExecutionDateTime");
  }

  /** Nine bytes of {@code fill} (date, time) and "deviation and status not specified". */
  private static byte[] specialDateTime(int fill) {
    byte[] b = new byte[CosemDateTime.LENGTH];
    Arrays.fill(b, 0, 9, (byte) fill);
    b[9] = (byte) (NOT_SPECIFIED_DEVIATION >>> 8);
    b[10] = (byte) NOT_SPECIFIED_DEVIATION;
    b[11] = (byte) NOT_SPECIFIED_STATUS;
    return b;
  }
}
