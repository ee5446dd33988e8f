package org.dccsim.dcc.duis.response;

import java.util.Objects;

/**
 * sr:DeviceAlertMessage: an alert a device raised, relayed to the User with its GBCS as it came.
 *
 * @param alertCode the 2-byte GBCS alert code, e.g. 0x8F20
 * @param throttledAlertSequenceId null when absent (unsigned 32-bit)
 * @param throttledAlertCount null when absent (unsigned 32-bit)
 */
public record DeviceAlertMessage(int alertCode, Long throttledAlertSequenceId, Long throttledAlertCount, byte[] gbcs)
    implements ResponseBody {

  public DeviceAlertMessage {
    Objects.requireNonNull(gbcs, "gbcs");
    if (alertCode < 0 || alertCode > 0xFFFF) {
      throw new IllegalArgumentException("an alert code is 2 bytes: " + alertCode);
    }
  }

  public static DeviceAlertMessage of(int alertCode, byte[] gbcs) {
    return new DeviceAlertMessage(alertCode, null, null, gbcs);
  }
}
