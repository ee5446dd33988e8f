package org.dccsim.device.dlms;

import org.dccsim.gbcs.dlms.CosemDescriptor;

/**
 * A device's injected faults, as its users see them: make an attribute or a method answer with an
 * error result (how the RTDS error scenarios are reproduced, and the destructive testing a lab
 * cannot offer) until repaired. A view over the device's memory; it holds nothing itself.
 *
 * @param <D> the device type
 */
public final class Faults<D extends CosemDevice> {

  private final CosemEngine<D> engine;
  private final D device;

  public Faults(CosemEngine<D> engine, D device) {
    this.engine = engine;
    this.device = device;
  }

  /**
   * Every get and set of {@code attribute} fails with {@code result} (1..255, see {@link AccessResult}).
   *
   * @throws IllegalArgumentException when the device has no such attribute or the result is 0
   */
  public Faults<D> failAttribute(CosemDescriptor attribute, int result) {
    synchronized (device) {
      engine.failAttribute(device, attribute, result);
    }
    return this;
  }

  /** Every action on {@code method} fails with {@code result}. */
  public Faults<D> failMethod(CosemDescriptor method, int result) {
    synchronized (device) {
      engine.failMethod(device, method, result);
    }
    return this;
  }

  public Faults<D> repair(CosemDescriptor descriptor, boolean method) {
    synchronized (device) {
      engine.repair(device, descriptor, method);
    }
    return this;
  }
}
