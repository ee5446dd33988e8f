package org.dccsim.dcc.duis.response;

import java.util.Objects;

/**
 * sr:DCCAlertMessage: an alert raised by the DCC itself (AD1, N1..N65, N999).
 *
 * @param throttledAlertSequenceId null when absent (unsigned 32-bit)
 * @param throttledAlertCount null when absent (unsigned 32-bit)
 */
public record DccAlertMessage(
    String dccAlertCode, Long throttledAlertSequenceId, Long throttledAlertCount, DccAlert alert)
    implements ResponseBody {

  /** Anomaly Detection quarantined a request. */
  public static final String QUARANTINE_ALERT_CODE = "AD1";

  public DccAlertMessage {
    Objects.requireNonNull(dccAlertCode, "dccAlertCode");
    Objects.requireNonNull(alert, "alert");
    checkUnsignedInt(throttledAlertSequenceId, "throttledAlertSequenceId");
    checkUnsignedInt(throttledAlertCount, "throttledAlertCount");
  }

  /** The AD1 alert telling a User that one of its requests was quarantined. */
  public static DccAlertMessage quarantined(QuarantinedRequestAlert alert) {
    return new DccAlertMessage(QUARANTINE_ALERT_CODE, null, null, alert);
  }

  /** A Comms Hub's loss of mains power, under the DCC alert code the DCC is configured with. */
  public static DccAlertMessage powerOutage(String dccAlertCode, PowerOutageAlert alert) {
    return new DccAlertMessage(dccAlertCode, null, null, alert);
  }

  private static void checkUnsignedInt(Long value, String name) {
    if (value != null && (value < 0 || value > 0xFFFF_FFFFL)) {
      throw new IllegalArgumentException(name + " " + value + " is not an xs:unsignedInt");
    }
  }
}
