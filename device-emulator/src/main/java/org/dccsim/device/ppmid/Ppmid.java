package org.dccsim.device.ppmid;

import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.common.CommonUseCases;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;

/** An emulated Prepayment Meter Interface Device. */
public final class Ppmid extends EmulatedDevice {

  private static final DeviceUseCases<Ppmid> USE_CASES =
      new DeviceUseCases<>(CommonUseCases.forType(DeviceType.PPMID));

  public Ppmid(Eui64 id, TrustAnchors anchors) {
    super(id, anchors);
  }

  @Override
  public DeviceType type() {
    return DeviceType.PPMID;
  }

  @Override
  public DeviceUseCases<Ppmid> useCases() {
    return USE_CASES;
  }

  @Override
  protected AlertFormat alertFormat() {
    return AlertFormat.NONE;
  }
}
