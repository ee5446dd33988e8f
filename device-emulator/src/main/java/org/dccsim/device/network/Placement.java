package org.dccsim.device.network;

import org.dccsim.device.CspRegion;
import org.dccsim.device.EmulatedDevice;

/**
 * Where a device sits on the network: its Comms Hub (the device itself for a CHF), its region and
 * cell, and whether its premises has WAN coverage at all.
 *
 * @param hub the premises' Comms Hub Function, or null for a premises built without one (the
 *     device is then reached as if it were its own hub)
 */
public record Placement(EmulatedDevice device, EmulatedDevice hub, CspRegion region, Cell cell, boolean noWan) {

  /** The device that decides whether the premises is reachable: the hub, or the device alone. */
  public EmulatedDevice gateway() {
    return hub != null ? hub : device;
  }
}
