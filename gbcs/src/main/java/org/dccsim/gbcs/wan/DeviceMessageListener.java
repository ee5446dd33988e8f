package org.dccsim.gbcs.wan;

import org.dccsim.smki.Eui64;

/** The DCC's side of the WAN: receives what devices send (responses and alerts). */
public interface DeviceMessageListener {

  /** A GBCS response or alert from a device. */
  void onDeviceMessage(Eui64 device, byte[] gbcsMessage);

  /** The network could not deliver a message to a device (unknown, Comms Hub offline, lost). */
  void onUndeliverable(Eui64 device, byte[] gbcsMessage, String reason);
}
