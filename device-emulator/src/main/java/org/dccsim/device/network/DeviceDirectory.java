package org.dccsim.device.network;

import org.dccsim.smki.Eui64;

/** Finds where a device is on the network. */
@FunctionalInterface
public interface DeviceDirectory {

  /** The device's placement; null when there is no such device. */
  Placement locate(Eui64 device);
}
