package org.dccsim.device.gpf;

import static org.assertj.core.api.Assertions.assertThat;

import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUplink;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.asn1.DeviceLogEntry;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

/** The GPF's device log: what a restore writes is what the GPF then serves. */
class GpfTest {

  private static final RtdsDeviceBench BENCH = RtdsDeviceBench.create();

  @Test
  void restoringTheDeviceLogReplacesItWithTheEntriesSent() {
    Gpf gpf = new Gpf(RtdsDeviceBench.GPF, BENCH.anchors());
    DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, DeviceUplink.NONE);
    byte[] restore = RtdsFiles.bytes("8.12.2_GCS59", "GCS59_8.12.2_SUCCESS_COMMAND_GBCS.HEX");

    assertThat(gpf.receive(BENCH.forOurDevice(restore), services)).isPresent();

    assertThat(gpf.deviceLog()).containsExactly(
        new DeviceLogEntry(Eui64.parse("00-11-22-33-44-55-66-77"), GbcsDeviceType.PPMID),
        new DeviceLogEntry(Eui64.parse("88-99-AA-BB-CC-DD-EE-FF"), GbcsDeviceType.TYPE_2));
  }
}
