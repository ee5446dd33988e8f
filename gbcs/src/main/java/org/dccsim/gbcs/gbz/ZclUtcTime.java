package org.dccsim.gbcs.gbz;

import java.time.Instant;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * A ZigBee UTCTime: seconds since 2000-01-01T00:00:00Z in an unsigned 32-bit field. GBCS gives
 * some values a meaning of their own (0 = now, FFFFFFFF = cancel or not set, FFFFFFFE = the
 * earliest in some ranges), so the raw value is kept.
 */
public record ZclUtcTime(long seconds) {

  public static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");
  public static final ZclUtcTime NOW = new ZclUtcTime(0);
  public static final ZclUtcTime UNDEFINED = new ZclUtcTime(0xFFFFFFFFL);

  public ZclUtcTime {
    if (seconds < 0 || seconds > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("a ZigBee UTCTime is an unsigned 32-bit value, not " + seconds);
    }
  }

  public static ZclUtcTime of(Instant t) {
    return new ZclUtcTime(t.getEpochSecond() - EPOCH.getEpochSecond());
  }

  public Instant instant() {
    return EPOCH.plusSeconds(seconds);
  }

  /** ZCL byte order (little-endian), as inside a ZCL payload. */
  static ZclUtcTime read(ByteReader r, String what) throws GbcsCodecException {
    return new ZclUtcTime(r.littleEndian(4, what));
  }

  void writeTo(ByteWriter w) {
    w.littleEndian(seconds, 4);
  }

  @Override
  public String toString() {
    return seconds == 0 ? "now" : seconds >= 0xFFFFFFFEL ? String.format("%08X", seconds) : instant().toString();
  }
}
