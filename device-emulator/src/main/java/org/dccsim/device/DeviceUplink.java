package org.dccsim.device;

import org.dccsim.smki.Eui64;

/**
 * The way out of a device for what it sends unprompted: alerts, including the outcome of a
 * future-dated command. Responses to commands are returned to the network directly instead.
 */
@FunctionalInterface
public interface DeviceUplink {

  /** Sends a complete GBCS message (signed or MACed) from {@code device} towards the DCC. */
  void send(Eui64 device, byte[] gbcsMessage);

  /** An uplink that drops everything (a device on its own, in a unit test). */
  DeviceUplink NONE = (device, message) -> { };
}
