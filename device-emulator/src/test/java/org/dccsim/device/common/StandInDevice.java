package org.dccsim.device.common;

import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;

/**
 * A device of a type whose own class another family owns (ESME, GSME, GPF), answering the shared
 * use cases only: how the shared use cases are judged on those types independently of them.
 */
final class StandInDevice extends EmulatedDevice {

  private final DeviceType type;
  private final DeviceUseCases<EmulatedDevice> useCases;

  StandInDevice(Eui64 id, TrustAnchors anchors, DeviceType type) {
    super(id, anchors);
    this.type = type;
    this.useCases = new DeviceUseCases<>(CommonUseCases.forType(type));
  }

  @Override
  public DeviceType type() {
    return type;
  }

  @Override
  public DeviceUseCases<EmulatedDevice> useCases() {
    return useCases;
  }

  @Override
  protected AlertFormat alertFormat() {
    return type == DeviceType.GSME || type == DeviceType.GPF ? AlertFormat.GBZ : AlertFormat.DLMS;
  }
}
