package org.dccsim.device.zcl;

import java.util.List;
import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.EventsCommands;
import org.dccsim.gbcs.gbz.ZclUtcTime;
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

  /** Events a GBZ device's general event log keeps [?: GBCS's log size not checked]. */
  public static final int EVENT_LOG_SIZE = 100;
  /** The ZCL log id of the general event log (Get Event Log, CS10a). */
  public static final int GENERAL_EVENT_LOG = 3;

  /** Writes an event the device raised an alert for in its general event log. */
  @Override
  protected final synchronized void recordEvent(int alertCode, DeviceServices services) {
    zclMemoryForWrite().logEvent(new EventsCommands.LoggedEvent(GENERAL_EVENT_LOG, alertCode,
        ZclUtcTime.of(now(services)), ByteSlice.copyOf(new byte[0])), EVENT_LOG_SIZE);
  }

  /** The general event log, oldest first. */
  public final synchronized List<EventsCommands.LoggedEvent> eventLog() {
    return zcl == null ? List.of() : zcl.events();
  }

  /** Clears the general event log. */
  public final synchronized void clearEventLog() {
    if (zcl != null) {
      zcl.clearEvents();
    }
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
