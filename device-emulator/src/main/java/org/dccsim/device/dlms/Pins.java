package org.dccsim.device.dlms;

import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;

/**
 * A device's pins, as its users see them: force an attribute to a value (a reading a User wants to
 * see, a log with particular entries) until it is unpinned. A view over the device's memory; it
 * holds nothing itself.
 *
 * @param <D> the device type
 */
public final class Pins<D extends CosemDevice> {

  private final CosemEngine<D> engine;
  private final D device;

  public Pins(CosemEngine<D> engine, D device) {
    this.engine = engine;
    this.device = device;
  }

  /** @throws IllegalArgumentException when the device has no such attribute */
  public Pins<D> pin(CosemDescriptor attribute, DlmsData value) {
    synchronized (device) {
      engine.pin(device, attribute, value);
    }
    return this;
  }

  public Pins<D> unpin(CosemDescriptor attribute) {
    synchronized (device) {
      engine.unpin(device, attribute);
    }
    return this;
  }
}
