package org.dccsim.device.zcl;

import java.time.Instant;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.gbz.GbzComponent;
import org.dccsim.gbcs.gbz.ZclValue;

/**
 * One command component being executed: the engine, the services, the device's time, the GBCS
 * command it came in (null for work the device does on its own) and the component itself.
 */
public record ZclContext<D extends ZclDevice>(
    D device, ZclEngine<D> engine, DeviceServices services, Instant now, VerifiedCommand command,
    GbzComponent component) {

  /** An attribute's value as a read would give it (pin, computed, stored or default). */
  public ZclValue read(ZclAttributeRef ref) throws ZclFailure {
    return engine.read(device, ref.key(), this);
  }

  /** The numeric value of a fixed-size attribute. */
  public long readLong(ZclAttributeRef ref) throws ZclFailure {
    if (!(read(ref) instanceof ZclValue.Fixed f)) {
      throw new ZclFailure(ZclStatus.SOFTWARE_FAILURE, ref + " is not a number");
    }
    return f.bits();
  }

  /** Writes an attribute as a command's effect (no write-access check: the command has it). */
  public void write(ZclAttributeRef ref, ZclValue value) throws ZclFailure {
    engine.write(device, ref, value);
  }

  /** Writes a fixed-size attribute of the model's data type; a value that does not fit is INVALID VALUE. */
  public void write(ZclAttributeRef ref, long bits) throws ZclFailure {
    ZclValue value;
    try {
      value = engine.fixed(ref, bits);
    } catch (IllegalArgumentException e) {
      throw new ZclFailure(ZclStatus.INVALID_VALUE, e.getMessage());
    }
    engine.write(device, ref, value);
  }

  ZclContext<D> forComponent(GbzComponent c) {
    return new ZclContext<>(device, engine, services, now, command, c);
  }
}
