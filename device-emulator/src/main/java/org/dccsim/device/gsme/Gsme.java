package org.dccsim.device.gsme;

import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;

/** An emulated gas smart meter: battery powered, it sleeps and wakes to collect what the Comms Hub holds for it. */
public final class Gsme extends EmulatedDevice {

  private static final DeviceUseCases<Gsme> USE_CASES = new DeviceUseCases<>();

  public Gsme(Eui64 id, TrustAnchors anchors) {
    super(id, anchors);
  }

  @Override
  public DeviceType type() {
    return DeviceType.GSME;
  }

  @Override
  public DeviceUseCases<Gsme> useCases() {
    return USE_CASES;
  }

  @Override
  protected AlertFormat alertFormat() {
    return AlertFormat.GBZ;
  }
}
