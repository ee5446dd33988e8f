package org.dccsim.device.chf;

import org.dccsim.device.dlms.CosemContext;

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
    HubAlerts.raise(hub, MESSAGE_CODE, WHITELIST_CHANGED, ChfObjects.backup(hub.hanLog(log), context),
        context.services());
  }
}
