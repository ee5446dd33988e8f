package org.dccsim.device;

import java.util.Optional;
import java.util.function.Function;
import org.dccsim.smki.Eui64;

/**
 * The HAN between devices of one premises, for the HAN-only commands GBCS lets a device send to
 * another without the DCC (a PPMID's top-up or emergency credit request to a GSME): delivers one
 * message and returns the recipient's answer, as the WAN returns a device's response.
 */
@FunctionalInterface
public interface DeviceHan {

  /**
   * Delivers a complete GBCS message from {@code from} to {@code to}.
   *
   * @return the recipient's response, or empty when it did not answer (refused, unpowered, absent)
   */
  Optional<byte[]> exchange(Eui64 from, Eui64 to, byte[] gbcsMessage, DeviceServices services);

  /** A HAN that reaches no one (a device on its own, in a unit test). */
  DeviceHan NONE = (from, to, message, services) -> Optional.empty();

  /** A HAN on which {@code devices} finds the recipient, which answers at once. */
  static DeviceHan direct(Function<Eui64, Optional<? extends EmulatedDevice>> devices) {
    return (from, to, message, services) -> devices.apply(to).flatMap(d -> d.receive(message, services));
  }
}
