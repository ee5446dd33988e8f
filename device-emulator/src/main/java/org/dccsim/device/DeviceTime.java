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
    return CosemDateTime.of(LocalDateTime.ofInstant(at, ZoneOffset.UTC), CosemDateTime.DEVIATION_NOT_SPECIFIED, 0xFF);
  }
}
