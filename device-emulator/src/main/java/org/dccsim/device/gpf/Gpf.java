package org.dccsim.device.gpf;

import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;

/** An emulated Gas Proxy Function: the part of the Comms Hub that stands in for the sleeping GSME and answers reads from its copy of the GSME's data. */
public final class Gpf extends EmulatedDevice {

  private static final DeviceUseCases<Gpf> USE_CASES = new DeviceUseCases<>();

  public Gpf(Eui64 id, TrustAnchors anchors) {
    super(id, anchors);
  }

  @Override
  public DeviceType type() {
    return DeviceType.GPF;
  }

  @Override
  public DeviceUseCases<Gpf> useCases() {
    return USE_CASES;
  }

  @Override
  protected AlertFormat alertFormat() {
    return AlertFormat.GBZ;
  }
}
