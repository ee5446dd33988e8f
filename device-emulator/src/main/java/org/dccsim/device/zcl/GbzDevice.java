package org.dccsim.device.zcl;

import org.dccsim.device.AlertFormat;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.gbcs.gbz.ZclValue;
import org.dccsim.smki.Eui64;

/**
 * A device speaking GBZ on its ZCL engine (GSME, GPF): its per-device ZCL memory, created on first
 * write, the clock status of its response date-times, and the pins and faults of its engine.
 *
 * @param <D> the device type itself, so pins and faults are typed for its engine
 */
public abstract class GbzDevice<D extends GbzDevice<D>> extends EmulatedDevice implements ZclDevice {

  private ZclMemory zcl;
  /** The clock status written in response date-times (COSEM: 00 valid, 02 doubtful, FF not specified). */
  private byte clockStatus = (byte) 0xFF;

  protected GbzDevice(Eui64 id, TrustAnchors anchors) {
    super(id, anchors);
  }

  /** The engine shared by every device of this type. */
  protected abstract ZclEngine<D> engine();

  @SuppressWarnings("unchecked")
  private D self() {
    return (D) this;
  }

  @Override
  protected final AlertFormat alertFormat() {
    return AlertFormat.GBZ;
  }

  @Override
  public final ZclMemory zclMemory() {
    return zcl;
  }

  @Override
  public final ZclMemory zclMemoryForWrite() {
    if (zcl == null) {
      zcl = new ZclMemory();
    }
    return zcl;
  }

  /** Any attribute's value as it stands (pins included), for typed reads of the rest of the model. */
  public final synchronized ZclValue attribute(ZclAttributeRef ref) {
    return engine().stored(self(), ref);
  }

  public final synchronized int clockStatus() {
    return clockStatus & 0xFF;
  }

  /** The clock status of response date-times (COSEM: 00 valid, 02 doubtful, FF not specified). */
  public final synchronized void setClockStatus(int status) {
    this.clockStatus = (byte) status;
  }

  /** Pins: force attribute values or a query's answer. */
  public final ZclPins<D> pins() {
    return new ZclPins<>(engine(), self());
  }

  /** Faults: make attributes or commands answer with an error status. */
  public final ZclFaults<D> faults() {
    return new ZclFaults<>(engine(), self());
  }
}
