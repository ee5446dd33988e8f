package org.dccsim.device.common;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.testing.RtdsDeviceBench;

/**
 * The state each judged RTDS scenario needs, seeded through the devices' own API from what the
 * RTDS response shows (read at test time), and the faults its ERROR scenarios need.
 */
final class HanRtdsSeeds {

  private HanRtdsSeeds() {}

  static void seed(String folder, String scenario, EmulatedDevice device, ObjectNode rtds, RtdsDeviceBench bench,
      DeviceServices services) {
  }
}
