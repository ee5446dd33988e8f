package org.dccsim.gbcs.wan;

import org.dccsim.smki.Eui64;

/**
 * The smart metering WAN as the DCC sees it: the seam between dcc-core and the devices. The
 * default implementation is the in-process emulated network; a distributed transport (keyed by
 * device EUI so each device's commands stay ordered) can replace it.
 */
public interface WanTransport {

  /**
   * Hands a GBCS message to the network for a device. Returns at once; what the device sends
   * back, or the news that it could not be reached, arrives at the {@link DeviceMessageListener}.
   */
  void send(Eui64 device, byte[] gbcsMessage);
}
