package org.dccsim.device.chf;

import java.util.List;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceTime;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.smki.RemotePartyRole;

/**
 * A hub's DLMS alerts to the DCC: a Data-Notification of the alert code, the hub's time and one
 * detail, numbered by the hub's alert counter.
 */
final class HubAlerts {

  private HubAlerts() {}

  /** @return false when the hub is unpowered or trusts no access control broker */
  static boolean raise(CommsHub hub, int messageCode, int alertCode, DlmsData detail, DeviceServices services) {
    return hub.raiseAlert(RemotePartyRole.ACCESS_CONTROL_BROKER, messageCode,
        (at, counter) -> DlmsCodec.encode(new DlmsAlert(alertCode, DeviceTime.cosem(at), List.of(detail))
            .toNotification(LongInvokeIdAndPriority.forCounter(counter))),
        services);
  }
}
