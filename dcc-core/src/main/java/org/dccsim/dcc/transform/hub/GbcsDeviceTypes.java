package org.dccsim.dcc.transform.hub;

import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.GbcsDeviceType;

/** The GBCS DeviceType (joins, GPF device logs) of a device of a Smart Metering Inventory type. */
final class GbcsDeviceTypes {

  private GbcsDeviceTypes() {}

  static GbcsDeviceType of(DeviceType type) {
    return switch (type) {
      case ESME -> GbcsDeviceType.ESME;
      case GSME -> GbcsDeviceType.GSME;
      case CHF -> GbcsDeviceType.CHF;
      case GPF -> GbcsDeviceType.GPF;
      case HCALCS -> GbcsDeviceType.HCALCS;
      case PPMID -> GbcsDeviceType.PPMID;
      case IHD, CAD -> GbcsDeviceType.TYPE_2;
    };
  }
}
