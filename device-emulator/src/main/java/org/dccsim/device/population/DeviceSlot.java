package org.dccsim.device.population;

import org.dccsim.gbcs.DeviceType;

/**
 * The places for devices at a premises, each with a fixed offset in the premises' block of EUI-64s
 * (see {@link EuiPlan}).
 */
public enum DeviceSlot {
  CHF(DeviceType.CHF),
  ESME(DeviceType.ESME),
  GSME(DeviceType.GSME),
  GPF(DeviceType.GPF),
  PPMID(DeviceType.PPMID),
  IHD(DeviceType.IHD),
  HCALCS(DeviceType.HCALCS);

  private static final DeviceSlot[] VALUES = values();

  private final DeviceType type;

  DeviceSlot(DeviceType type) {
    this.type = type;
  }

  public DeviceType type() {
    return type;
  }

  /** The slot with this offset; offsets beyond the last slot are unused. */
  static DeviceSlot ofOffset(int offset) {
    return offset < VALUES.length ? VALUES[offset] : null;
  }
}
