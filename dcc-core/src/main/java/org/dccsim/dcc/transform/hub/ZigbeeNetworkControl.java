package org.dccsim.dcc.transform.hub;

import java.util.OptionalInt;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The Comms Hub Function's device logs as DLMS models them: ZigBee network control objects (class
 * 104), the CHF Device Log at 0-0:30.3.0.255 and the CHF Historic Device Log at 0-0:30.3.1.255,
 * with the attributes and methods GBCS's CCS use cases address (names as the DUIS mapping table
 * and the DLMS Blue Book give them).
 */
final class ZigbeeNetworkControl {

  static final int CLASS_ID = 104;
  static final ObisCode DEVICE_LOG = new ObisCode(0, 0, 30, 3, 0, 255);
  static final ObisCode HISTORIC_DEVICE_LOG = new ObisCode(0, 0, 30, 3, 1, 255);

  static final int ENABLE_DISABLE_JOINING = 2;
  static final int JOIN_TIMEOUT = 3;
  static final int ACTIVE_DEVICES = 4;

  static final int REGISTER_DEVICE = 1;
  static final int UNREGISTER_DEVICE = 2;
  static final int BACKUP_PAN = 4;
  static final int RESTORE_PAN = 5;

  /**
   * register_device's key_type for a key that is a ZigBee install code (0 would be a
   * preconfigured link key): DUIS gives an install code. RTDS CCS01 has 1.
   */
  static final int KEY_TYPE_INSTALL_CODE = 1;

  private ZigbeeNetworkControl() {}

  /**
   * register_device's device_type for a device of this SMI type, if it can join a Comms Hub's
   * HAN: the DLMS enumeration that follows ZigBee SE's metering device types (0 electricity, 1
   * gas, 13 ZigBee controlled load switch) and numbers other HAN devices from 128 (128 IHD, 130
   * consumer access device, 132 prepayment terminal). RTDS CCS01 adds an ESME as 0; the others are
   * [?] read from the enumeration, unconfirmed by RTDS. A Comms Hub's own functions (CHF, GPF) are
   * never registered.
   */
  static OptionalInt deviceType(DeviceType type) {
    return switch (type) {
      case ESME -> OptionalInt.of(0);
      case GSME -> OptionalInt.of(1);
      case HCALCS -> OptionalInt.of(13);
      case IHD -> OptionalInt.of(128);
      case CAD -> OptionalInt.of(130);
      case PPMID -> OptionalInt.of(132);
      case CHF, GPF -> OptionalInt.empty();
    };
  }
}
