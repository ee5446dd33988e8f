package org.dccsim.device;

import java.util.Locale;

/**
 * The three Communications Service Provider regions of the GB smart metering WAN. Each has its own
 * network characteristics in the emulated WAN (latency, loss, cell throttling).
 */
public enum CspRegion {
  NORTH,
  CENTRAL,
  SOUTH;

  /** The DUIS CSPRegion value (inventory): "North", "Central", "South". */
  public String duisName() {
    String n = name();
    return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
  }
}
