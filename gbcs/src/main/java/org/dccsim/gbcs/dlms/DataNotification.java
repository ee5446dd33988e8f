package org.dccsim.gbcs.dlms;

import java.util.Objects;
import java.util.Optional;

/**
 * The xDLMS Data-Notification (tag 0F) that carries every DLMS alert of an ESME or Comms Hub: long
 * invoke id and priority, optional date-time, and the notification body, one DLMS Data value (for
 * GBCS alerts a structure read by {@link DlmsAlert}).
 */
public record DataNotification(
    long longInvokeIdAndPriority, Optional<CosemDateTime> dateTime, DlmsData body) {

  public static final int TAG = 0x0F;

  public DataNotification {
    Objects.requireNonNull(dateTime);
    Objects.requireNonNull(body);
    if (longInvokeIdAndPriority < 0 || longInvokeIdAndPriority > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("long-invoke-id-and-priority is 4 bytes");
    }
  }
}
