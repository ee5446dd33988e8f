package org.dccsim.device.ihd;

import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;

/** An In-Home Display: present on the HAN, with no GBCS traffic of its own, so it answers nothing. */
public final class Ihd extends EmulatedDevice {

  private static final DeviceUseCases<Ihd> USE_CASES = new DeviceUseCases<>();

  public Ihd(Eui64 id, TrustAnchors anchors) {
    super(id, anchors);
  }

  @Override
  public DeviceType type() {
    return DeviceType.IHD;
  }

  @Override
  public DeviceUseCases<Ihd> useCases() {
    return USE_CASES;
  }

  @Override
  protected AlertFormat alertFormat() {
    return AlertFormat.NONE;
  }
}
