package org.dccsim.dcc.transform.esme;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.dccsim.gbcs.dlms.CosemDateTime;

/**
 * The date and time encodings of the ESME control commands, as RTDS 4.5.0 shows them: COSEM
 * date-times in UTC with the deviation "not specified" (0x8000) and status 0xFF, 4-byte COSEM
 * times, execution date-times of future-dated use cases, and the seconds since 2000-01-01 UTC by
 * which log reads select their entries.
 */
final class ControlTimeEncodings {

  static final int DEVIATION_NOT_SPECIFIED = CosemDateTime.DEVIATION_NOT_SPECIFIED;
  static final int STATUS_NOT_SPECIFIED = 0xFF;

  /** DUIS cancels a future-dated request by sending it again dated 3000-12-31T00:00:00Z. */
  static final Instant CANCELLATION = Instant.parse("3000-12-31T00:00:00Z");

  private static final long EPOCH_2000 = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

  private ControlTimeEncodings() {}

  /** A UTC instant as the 12 bytes of a COSEM date-time, day of week, deviation and status unspecified. */
  static byte[] dateTime(Instant t) {
    return CosemDateTime.of(LocalDateTime.ofInstant(t, ZoneOffset.UTC), DEVIATION_NOT_SPECIFIED, STATUS_NOT_SPECIFIED)
        .toByteArray();
  }

  /**
   * When a future-dated use case (ECS28a, ECS46c, ECS46d) takes effect: now (an absent
   * ExecutionDateTime) is the zero date-time, a cancellation the all-wildcard one, and any other
   * date-time itself.
   */
  static byte[] executionDateTime(Optional<Instant> executionDateTime) {
    byte[] b = new byte[CosemDateTime.LENGTH];
    if (executionDateTime.isEmpty()) {
      b[9] = (byte) (DEVIATION_NOT_SPECIFIED >>> 8);
      b[11] = (byte) STATUS_NOT_SPECIFIED;
      return b;
    }
    return executionDateTime.get().equals(CANCELLATION) ? unspecified() : dateTime(executionDateTime.get());
  }

  /** Every field a wildcard: "never" for an execution date-time, "none" for a clock's preset time. */
  static byte[] unspecified() {
    byte[] b = new byte[CosemDateTime.LENGTH];
    Arrays.fill(b, (byte) 0xFF);
    b[9] = (byte) (DEVIATION_NOT_SPECIFIED >>> 8);
    b[10] = (byte) DEVIATION_NOT_SPECIFIED;
    return b;
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
}
