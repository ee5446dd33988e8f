package org.dccsim.device.chf;

import java.util.List;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.smki.RemotePartyRole;

/**
 * CS14 Device Addition To / Removal From HAN Whitelist: each change of a device log goes to the DCC
 * with the log's backup (as CCS07 reads it), so that the DCC can restore it on a replacement hub
 * (CCS03).
 */
final class WhitelistAlerts {

  static final int MESSAGE_CODE = 0x0018;
  /** [?] The alert code the RTDS CS14 alert carries (8F12), used for additions and removals alike. */
  static final int WHITELIST_CHANGED = 0x8F12;

  private WhitelistAlerts() {}

  static void changed(CommsHub hub, int log, CosemContext context) {
    hub.raiseAlert(RemotePartyRole.ACCESS_CONTROL_BROKER, MESSAGE_CODE,
        (at, counter) -> DlmsCodec.encode(new DlmsAlert(WHITELIST_CHANGED, DeviceTime.cosem(at),
            List.of(ChfObjects.backup(hub.hanLog(log), context))).toNotification(
                LongInvokeIdAndPriority.forCounter(counter))),
        context.services());
  }
}
