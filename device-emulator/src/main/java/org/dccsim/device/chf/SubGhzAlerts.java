package org.dccsim.device.chf;

import java.util.List;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.smki.RemotePartyRole;

/** The alerts a hub raises about its Sub GHz radio (DBCH use cases), to the access control broker. */
final class SubGhzAlerts {

  /** DBCH09 Sub GHz Configuration Changed: message code and alert code. */
  static final int CONFIGURATION_CHANGED_MESSAGE_CODE = 0x0113;
  static final int CONFIGURATION_CHANGED = 0x8F2A;

  private SubGhzAlerts() {}

  /** A DBCH04 set the configuration: the new configuration goes to the DCC in a DBCH09 alert. */
  static void configurationChanged(CommsHub hub, DlmsData configuration, CosemContext context) {
    hub.raiseAlert(RemotePartyRole.ACCESS_CONTROL_BROKER, CONFIGURATION_CHANGED_MESSAGE_CODE,
        (at, counter) -> DlmsCodec.encode(new DlmsAlert(CONFIGURATION_CHANGED, DeviceTime.cosem(at),
            List.of(configuration)).toNotification(LongInvokeIdAndPriority.forCounter(counter))),
        context.services());
  }
}
