package org.dccsim.gbcs.wan;

import java.time.Instant;
import org.dccsim.smki.Eui64;

/**
 * The DCC's side of the WAN: receives what devices send (responses and alerts), and what the
 * Communications Service Provider itself reports (messages it could not deliver, Comms Hubs that
 * lost or regained mains power).
 */
public interface DeviceMessageListener {

  /** A GBCS response or alert from a device. */
  void onDeviceMessage(Eui64 device, byte[] gbcsMessage);

  /** The network could not deliver a message to a device (unknown, Comms Hub offline, no coverage). */
  void onUndeliverable(Eui64 device, byte[] gbcsMessage, String reason);

  /** A Comms Hub reported the loss of mains power (its "last gasp") at {@code since}. */
  default void onCommsHubPowerLost(Eui64 commsHub, Instant since) {}

  /** A Comms Hub that had lost mains power has it again, from {@code at}. */
  default void onCommsHubPowerRestored(Eui64 commsHub, Instant at) {}
}
