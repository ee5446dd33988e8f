package org.dccsim.device.dlms;

import java.time.Instant;
import java.util.OptionalInt;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.SecurityEvent;
import org.dccsim.device.security.SecurityAlertPolicy;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsTypeDescription;

/**
 * The event and security logs of the COSEM devices (ESME and Comms Hub; profile generic
 * 0-0:99.98.0.255 and 0-0:99.98.1.255, read by ECS35a-d), in the row shapes the RTDS reads them in.
 */
public final class EventLogs {

  /** Event log rows: capture time (double-long-unsigned), event code (long-unsigned), details (octet-string). */
  public static final DlmsTypeDescription EVENT_ROW = DlmsTypeDescription.structureOf(
      DlmsTypeDescription.simple(6), DlmsTypeDescription.simple(18), DlmsTypeDescription.simple(9));

  /** Security log rows: capture time, event code. */
  public static final DlmsTypeDescription SECURITY_ROW = DlmsTypeDescription.structureOf(
      DlmsTypeDescription.simple(6), DlmsTypeDescription.simple(18));

  /** The event codes of the security log: those of the alerts the refusals raise by default. */
  private static final SecurityAlertPolicy SECURITY_EVENT_CODES = SecurityAlertPolicy.defaults();

  private EventLogs() {}

  /** An event log row: the event {@code code} at {@code at}, without details. */
  public static DlmsData event(int code, Instant at) {
    return DlmsData.structure(DlmsData.doubleLongUnsigned(TimeRange.secondsSince2000(at)), DlmsData.longUnsigned(code),
        DlmsData.octetString(new byte[0]));
  }

  /**
   * The security log's buffer, computed from the refusals the device logged (see
   * {@link EmulatedDevice#securityLog()}), each with the code of its default alert, whether or not
   * the configured policy alerts on it [?: a refusal without one, a message for another device, is
   * not listed]. Never stored twice.
   */
  public static <D extends EmulatedDevice & CosemDevice> CosemAttribute<D> securityLog() {
    return ProfileBuffer.of(SECURITY_ROW, (device, range, context, out) -> {
      for (SecurityEvent e : device.securityLog()) {
        OptionalInt code = SECURITY_EVENT_CODES.alertCode(e.reason());
        if (code.isPresent() && range.contains(e.at())) {
          out.add(DlmsData.structure(DlmsData.doubleLongUnsigned(TimeRange.secondsSince2000(e.at())),
              DlmsData.longUnsigned(code.getAsInt())));
        }
      }
    });
  }
}
