package org.dccsim.dcc.transform.esme;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 6.22 Configure Alert Behaviour on an ESME: the body's one group of settings chooses the use case
 * and the settings object written: the supplier's WAN alerts, HAN alerts, alarms or logging
 * (ECS25a, a1, a2, a3: 0-30:97.98.11..14.255) or the network operator's WAN alerts or logging
 * (ECS25b, b3: 0-33:97.98.11 and .14). The object's value is a 512-bit string: 256 bits saying
 * which alerts change, then 256 bits with their new state (1 enabled), the alert with code
 * 0x81nn (supplier) or 0x80nn (network operator) at bit nn of each half counted from its last bit.
 *
 * <p>Not registered: RTDS's ECS25a success scenario sets other alerts (0x81C4, 0x81C5) than its
 * DUIS template (0x81B7), whose settings are those of RTDS's ECS25a error scenario, and ECS25b's
 * template matches neither of its scenarios.
 */
final class AlertBehaviourTransform implements DeviceCommandTransform {

  private static final int HALF = 256;
  private static final int SUPPLIER_ALERTS = 0x8100;
  private static final int NETWORK_OPERATOR_ALERTS = 0x8000;

  private record Settings(String element, DlmsUseCaseCommand command, ObisCode object, int alertCodes) {}

  private static final List<Settings> SETTINGS = List.of(
      settings("ElectricitySupplierAlerts", "ECS25a", 30, 11, SUPPLIER_ALERTS),
      settings("ElectricitySupplierHANAlertSettings", "ECS25a1", 30, 12, SUPPLIER_ALERTS),
      settings("ElectricitySupplierAlarmSettings", "ECS25a2", 30, 13, SUPPLIER_ALERTS),
      settings("ElectricitySupplierLoggingSettings", "ECS25a3", 30, 14, SUPPLIER_ALERTS),
      settings("ElectricityNetworkOperatorAlerts", "ECS25b", 33, 11, NETWORK_OPERATOR_ALERTS),
      settings("ElectricityNetworkOperatorLoggingSettings", "ECS25b3", 33, 14, NETWORK_OPERATOR_ALERTS));

  private static Settings settings(String element, String useCase, int channel, int e, int alertCodes) {
    return new Settings(element, DlmsUseCaseCommand.of(useCase), new ObisCode(0, channel, 97, 98, e, 255), alertCodes);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    for (Settings s : SETTINGS) {
      if (body.child(s.element()).isPresent()) {
        byte[] bits = behaviours(TransformValues.child(body, s.element()), s.alertCodes());
        return s.command().build(request, new AccessRequestContent().set(CosemClassIds.DATA, s.object(),
            CosemClassIds.VALUE, new DlmsData.BitString(2 * HALF, ByteSlice.copyOf(bits))));
      }
    }
    throw TransformValues.invalid(body.localName(), "the supplier's or network operator's ESME alert settings");
  }

  /** The changed alerts' bits in the first half, the enabled ones' in the second. */
  private static byte[] behaviours(BodyElement settings, int alertCodes) throws RequestRefused {
    byte[] bits = new byte[2 * HALF / 8];
    for (BodyElement group : settings.children()) {
      for (BodyElement alert : group.children()) {
        String where = settings.localName() + "/" + group.localName() + "/" + alert.localName();
        int n = alertBit(alert.localName(), alertCodes, where);
        set(bits, n);
        if (enabled(alert.text().trim(), where)) {
          set(bits, HALF + n);
        }
      }
    }
    return bits;
  }

  /** The bit of alert "xCCCC" within its half: the code's low byte, if the code is of this role. */
  private static int alertBit(String name, int alertCodes, String where) throws RequestRefused {
    int code = -1;
    if (name.length() == 5 && name.charAt(0) == 'x') {
      try {
        code = Integer.parseInt(name.substring(1), 16);
      } catch (NumberFormatException e) {
        code = -1;
      }
    }
    if ((code & ~0xFF) != alertCodes) {
      throw TransformValues.invalid(where,
          String.format("an alert code 0x%04X to 0x%04X", alertCodes, alertCodes + 0xFF));
    }
    return code & 0xFF;
  }

  private static boolean enabled(String value, String where) throws RequestRefused {
    return switch (value) {
      case "Enable" -> true;
      case "Disable" -> false;
      default -> throw TransformValues.invalid(where, "Enable or Disable, not '" + value + "'");
    };
  }

  /** Sets bit {@code n} of a half counted from that half's last bit (bit 0 = the half's last). */
  private static void set(byte[] bits, int n) {
    int half = n / HALF * (HALF / 8);
    int inHalf = n % HALF;
    bits[half + HALF / 8 - 1 - inHalf / 8] |= (byte) (1 << (inHalf % 8));
  }
}
