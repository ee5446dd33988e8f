package org.dccsim.dcc.inventory;

/** SMI status of a device, as DUIS names it. */
public enum DeviceStatus {
  Pending,
  Whitelisted,
  InstalledNotCommissioned,
  Commissioned,
  Decommissioned,
  Withdrawn,
  Suspended,
  Recovery,
  Recovered
}
