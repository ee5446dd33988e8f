package org.dccsim.device.security;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import org.dccsim.device.security.CommandRejected.Reason;

/**
 * Which alert a device raises when it refuses a command, by the check that failed. GBCS has the
 * device log every refusal; which refusals also raise which alert is not public in full, so the
 * defaults are dccsim's choice from the GBCS alert names (see docs/devices.md) and can be changed:
 *
 * <ul>
 *   <li>malformed, not a command, unknown or unsupported message code, invalid payload: 8F1E
 *       "Integrity check of content or format of command failed";
 *   <li>MAC missing or wrong, counter not greater than the last: 8F53 "Failed Authentication or
 *       Authorisation not covered by other codes";
 *   <li>originator without the role for the command: 8F30 "Source Does not have Authority for
 *       Command";
 *   <li>signature missing or wrong on a critical command: 8F3D "Trusted Source Authentication
 *       Failure";
 *   <li>addressed to another device: nothing (it was not meant for this one).
 * </ul>
 */
public final class SecurityAlertPolicy {

  public static final int INTEGRITY_CHECK_FAILED = 0x8F1E;
  public static final int AUTHENTICATION_FAILED = 0x8F53;
  public static final int SOURCE_NOT_AUTHORISED = 0x8F30;
  public static final int TRUSTED_SOURCE_AUTHENTICATION_FAILED = 0x8F3D;

  private final Map<Reason, Integer> alerts;

  private SecurityAlertPolicy(Map<Reason, Integer> alerts) {
    this.alerts = alerts;
  }

  public static SecurityAlertPolicy defaults() {
    EnumMap<Reason, Integer> m = new EnumMap<>(Reason.class);
    for (Reason r : new Reason[] {Reason.MALFORMED, Reason.NOT_A_COMMAND, Reason.UNKNOWN_MESSAGE_CODE,
        Reason.NOT_SUPPORTED_BY_DEVICE, Reason.PAYLOAD_INVALID}) {
      m.put(r, INTEGRITY_CHECK_FAILED);
    }
    m.put(Reason.MAC_MISSING, AUTHENTICATION_FAILED);
    m.put(Reason.MAC_INVALID, AUTHENTICATION_FAILED);
    m.put(Reason.COUNTER_NOT_INCREASING, AUTHENTICATION_FAILED);
    m.put(Reason.SENDER_NOT_AUTHORISED, SOURCE_NOT_AUTHORISED);
    m.put(Reason.SIGNATURE_MISSING, TRUSTED_SOURCE_AUTHENTICATION_FAILED);
    m.put(Reason.SIGNATURE_INVALID, TRUSTED_SOURCE_AUTHENTICATION_FAILED);
    return new SecurityAlertPolicy(m);
  }

  /** No alerts at all: refusals are only logged. */
  public static SecurityAlertPolicy silent() {
    return new SecurityAlertPolicy(new EnumMap<>(Reason.class));
  }

  /** This policy with {@code reason} raising {@code alertCode}, or nothing when it is empty. */
  public SecurityAlertPolicy with(Reason reason, OptionalInt alertCode) {
    EnumMap<Reason, Integer> m = new EnumMap<>(Reason.class);
    m.putAll(alerts);
    if (alertCode.isPresent()) {
      m.put(reason, alertCode.getAsInt());
    } else {
      m.remove(reason);
    }
    return new SecurityAlertPolicy(m);
  }

  public OptionalInt alertCode(Reason reason) {
    Integer code = alerts.get(reason);
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }
}
