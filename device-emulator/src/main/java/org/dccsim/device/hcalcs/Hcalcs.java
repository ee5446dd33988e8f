package org.dccsim.device.hcalcs;

import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.common.CommonUseCases;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;

/** An emulated HAN Connected Auxiliary Load Control Switch. */
public final class Hcalcs extends EmulatedDevice {

  private static final DeviceUseCases<Hcalcs> USE_CASES =
      new DeviceUseCases<>(CommonUseCases.forType(DeviceType.HCALCS));

  public Hcalcs(Eui64 id, TrustAnchors anchors) {
    super(id, anchors);
  }

  @Override
  public DeviceType type() {
    return DeviceType.HCALCS;
  }

  @Override
  public DeviceUseCases<Hcalcs> useCases() {
    return USE_CASES;
  }

  @Override
  protected AlertFormat alertFormat() {
    return AlertFormat.NONE;
  }
}
