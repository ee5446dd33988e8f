package org.dccsim.device.chf;

import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;

/** An emulated Comms Hub Function: the premises' gateway between the SM WAN and the HAN, keeping the HAN device log. */
public final class CommsHub extends EmulatedDevice {

  private static final DeviceUseCases<CommsHub> USE_CASES = new DeviceUseCases<>();

  public CommsHub(Eui64 id, TrustAnchors anchors) {
    super(id, anchors);
  }

  @Override
  public DeviceType type() {
    return DeviceType.CHF;
  }

  @Override
  public DeviceUseCases<CommsHub> useCases() {
    return USE_CASES;
  }

  @Override
  protected AlertFormat alertFormat() {
    return AlertFormat.DLMS;
  }
}
