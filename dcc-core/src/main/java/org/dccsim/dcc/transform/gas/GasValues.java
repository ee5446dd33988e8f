package org.dccsim.dcc.transform.gas;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.dcc.transform.ZclTimes;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/** Request values as GSME/GPF commands carry them: implementation times, numbers, texts ({@link ZclTimes}: times). */
final class GasValues {

  /** DUIS's ExecutionDateTime that cancels a pending future-dated request. */
  static final Instant CANCELLATION = Instant.parse("3000-12-31T00:00:00Z");

  private GasValues() {}

  /** How calendar, price matrix and block threshold commands say "cancel" (FFFFFFFF elsewhere). */
  static final ZclUtcTime CANCELLED_SCHEDULE = new ZclUtcTime(0xFFFFFFFEL);

  /**
   * When a command takes effect: now (0) without ExecutionDateTime, FFFFFFFF for a cancellation,
   * else the execution date-time.
   */
  static ZclUtcTime implementationTime(BodyElement body) throws RequestRefused {
    return startTime(body, ZclUtcTime.UNDEFINED);
  }

  /** As {@link #implementationTime}, with the command's own value for a cancellation. */
  static ZclUtcTime startTime(BodyElement body, ZclUtcTime cancelled) throws RequestRefused {
    Optional<Instant> execution = TransformValues.executionDateTime(body);
    if (execution.isEmpty()) {
      return ZclUtcTime.NOW;
    }
    return execution.get().equals(CANCELLATION) ? cancelled : ZclTimes.utc(execution.get(), "ExecutionDateTime");
  }

  /**
   * A decimal as the integer count of 10^-{@code digits} units ("1.02264" with 5 digits is
   * 102264), as ZigBee values with a fixed number of trailing digits carry it.
   */
  static long scaled(BodyElement parent, String name, int digits, long max) throws RequestRefused {
    String t = TransformValues.text(parent, name);
    String element = parent.localName() + "/" + name;
    try {
      BigDecimal units = new BigDecimal(t).movePointRight(digits);
      if (units.signum() < 0 || units.stripTrailingZeros().scale() > 0 || units.compareTo(BigDecimal.valueOf(max)) > 0) {
        throw TransformValues.invalid(element, "a value of at most " + digits + " decimal places in 0.." + max + " units");
      }
      return units.longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw TransformValues.invalid(element, "a decimal, not '" + t + "'");
    }
  }

  /** A printable-ASCII text (DUIS restricts these strings to [ -~]) as ZCL string bytes. */
  static ByteSlice ascii(BodyElement parent, String name, int maxLength) throws RequestRefused {
    String t = TransformValues.text(parent, name);
    if (t.length() > maxLength || !t.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
      throw TransformValues.invalid(parent.localName() + "/" + name,
          "at most " + maxLength + " printable ASCII characters, not '" + t + "'");
    }
    return ByteSlice.copyOf(t.getBytes(StandardCharsets.US_ASCII));
  }
}
