package org.dccsim.gbcs.dlms;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The 12-byte COSEM date-time: year (2 bytes), month, day of month, day of week, hour, minute,
 * second, hundredths, deviation from UTC in minutes (2 bytes, signed; 0x8000 = not specified) and
 * clock status. Any field may be a wildcard (0xFF, 0xFFFF for the year), so the bytes are kept as
 * they are and only read into a {@link LocalDateTime} on request.
 */
public final class CosemDateTime {

  public static final int LENGTH = 12;
  public static final int DEVIATION_NOT_SPECIFIED = 0x8000;

  private final byte[] bytes;

  private CosemDateTime(byte[] bytes) {
    this.bytes = bytes;
  }

  public static CosemDateTime of(byte[] twelveBytes) {
    if (twelveBytes.length != LENGTH) {
      throw new IllegalArgumentException("a COSEM date-time is 12 bytes, not " + twelveBytes.length);
    }
    return new CosemDateTime(twelveBytes.clone());
  }

  public static CosemDateTime of(byte[] source, int offset) {
    return new CosemDateTime(Arrays.copyOfRange(source, offset, offset + LENGTH));
  }

  /**
   * A fully specified local date-time with day of week "not specified" (0xFF), the given deviation
   * and status, the form GBCS devices put in response headers (RTDS: 2015-01-01 00:00, deviation
   * 0x8000, status 0xFF).
   */
  public static CosemDateTime of(LocalDateTime t, int deviation, int status) {
    byte[] b = new byte[LENGTH];
    b[0] = (byte) (t.getYear() >>> 8);
    b[1] = (byte) t.getYear();
    b[2] = (byte) t.getMonthValue();
    b[3] = (byte) t.getDayOfMonth();
    b[4] = (byte) 0xFF;
    b[5] = (byte) t.getHour();
    b[6] = (byte) t.getMinute();
    b[7] = (byte) t.getSecond();
    b[8] = (byte) (t.getNano() / 10_000_000);
    b[9] = (byte) (deviation >>> 8);
    b[10] = (byte) deviation;
    b[11] = (byte) status;
    return new CosemDateTime(b);
  }

  public byte[] toByteArray() {
    return bytes.clone();
  }

  public void writeTo(byte[] target, int offset) {
    System.arraycopy(bytes, 0, target, offset, LENGTH);
  }

  public int year() {
    return ((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF);
  }

  public int deviation() {
    return ((bytes[9] & 0xFF) << 8) | (bytes[10] & 0xFF);
  }

  public int status() {
    return bytes[11] & 0xFF;
  }

  /** The local date and time, or empty when any of its fields is a wildcard or out of range. */
  public Optional<LocalDateTime> localDateTime() {
    int hundredths = bytes[8] & 0xFF;
    try {
      return Optional.of(
          LocalDateTime.of(
              year(),
              bytes[2] & 0xFF,
              bytes[3] & 0xFF,
              bytes[5] & 0xFF,
              bytes[6] & 0xFF,
              bytes[7] & 0xFF,
              hundredths == 0xFF ? 0 : hundredths * 10_000_000));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CosemDateTime d && Arrays.equals(bytes, d.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return localDateTime().map(LocalDateTime::toString).orElse("")
        + "[" + HexFormat.of().withUpperCase().formatHex(bytes) + "]";
  }
}
