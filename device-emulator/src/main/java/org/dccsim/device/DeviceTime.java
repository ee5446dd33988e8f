package org.dccsim.device;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.dccsim.gbcs.dlms.CosemDateTime;

/** How emulated devices write their time. */
public final class DeviceTime {

  private DeviceTime() {}

  /** A COSEM date-time as GBCS devices write it: UTC, deviation not specified, clock status FF. */
  public static CosemDateTime cosem(Instant at) {
    return cosem(at, 0xFF);
  }

  /** As {@link #cosem(Instant)}, with the clock status the device keeps (GBZ devices write theirs). */
  public static CosemDateTime cosem(Instant at, int clockStatus) {
    return CosemDateTime.of(LocalDateTime.ofInstant(at, ZoneOffset.UTC), CosemDateTime.DEVIATION_NOT_SPECIFIED, clockStatus);
  }
}
