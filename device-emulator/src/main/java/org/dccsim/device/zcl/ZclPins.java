package org.dccsim.device.zcl;

import java.util.List;
import org.dccsim.gbcs.gbz.ZclCommand;
import org.dccsim.gbcs.gbz.ZclValue;

/**
 * A device's pins: attributes forced to a value (a User wants a particular reading), and query
 * commands forced to an answer. Pins are stored on the device only while set.
 */
public final class ZclPins<D extends ZclDevice> {

  private final ZclEngine<D> engine;
  private final D device;

  public ZclPins(ZclEngine<D> engine, D device) {
    this.engine = engine;
    this.device = device;
  }

  /** Reads of {@code ref} answer {@code value} until unpinned. */
  public ZclPins<D> pin(ZclAttributeRef ref, ZclValue value) {
    synchronized (device) {
      engine.pin(device, ref, value);
    }
    return this;
  }

  public ZclPins<D> unpin(ZclAttributeRef ref) {
    synchronized (device) {
      engine.unpin(device, ref);
    }
    return this;
  }

  /** The query {@code ref} answers any request with {@code replies}, whatever the device's state. */
  public ZclPins<D> answer(ZclCommandRef ref, List<ZclResponse> replies) {
    return answer(ref, null, replies);
  }

  /** The query {@code ref} answers exactly {@code request} with {@code replies}. */
  public ZclPins<D> answer(ZclCommandRef ref, ZclCommand request, List<ZclResponse> replies) {
    synchronized (device) {
      engine.answer(device, ref, request, replies);
    }
    return this;
  }
}
