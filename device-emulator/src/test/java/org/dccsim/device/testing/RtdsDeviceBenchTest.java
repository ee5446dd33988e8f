package org.dccsim.device.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.esme.SupplyState;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.junit.jupiter.api.Test;

/** The bench itself: RTDS commands reach a stand-in device, and its answers read like the RTDS's. */
class RtdsDeviceBenchTest {

  private static final RtdsDeviceBench BENCH = RtdsDeviceBench.create();

  private final List<byte[]> alerts = new CopyOnWriteArrayList<>();
  private final DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> alerts.add(m));
  private final Esme esme = new Esme(RtdsDeviceBench.ESME, BENCH.anchors(), SupplyState.DISABLED);

  @Test
  void aRemacedRtdsCommandIsAcceptedAndTheResponseHeaderIsTheRtdsResponseHeader() {
    byte[] command = RtdsFiles.bytes("4.1.1_ECS17b", "ECS17b_4.1.1_SINGLE_SUCCESS_COMMAND_GBCS.HEX");
    byte[] expected = RtdsFiles.bytes("4.1.1_ECS17b", "ECS17b_4.1.1_SINGLE_SUCCESS_RESPONSE_GBCS.HEX");

    byte[] response = esme.receive(BENCH.forOurDevice(command), services).orElseThrow();

    ObjectNode ours = BENCH.inspectOurs(response);
    ObjectNode rtds = BENCH.inspectRtds(expected);
    assertThat(ours.get("header")).isEqualTo(rtds.get("header"));
    assertThat(ours.at("/mac/status").asText()).isEqualTo("valid");
    assertThat(ours.at("/decryption/status").asText()).isEqualTo("decrypted");
    assertThat(rtds.at("/decryption/status").asText()).isEqualTo("decrypted");
    assertThat(alerts).isEmpty();
  }

  @Test
  void aSignedRtdsCommandVerifiesUnderTheRtdsSupplierAnchorAndOurResponseUnderOurDeviceCertificate() {
    byte[] command = RtdsFiles.bytes("7.1_ECS42", "ECS42_7.1_SUCCESS_COMMAND_GBCS.HEX");
    byte[] expected = RtdsFiles.bytes("7.1_ECS42", "ECS42_7.1_SUCCESS_RESPONSE_GBCS.HEX");

    byte[] response = esme.receive(BENCH.forOurDevice(command), services).orElseThrow();

    ObjectNode ours = BENCH.inspectOurs(response);
    ObjectNode rtds = BENCH.inspectRtds(expected);
    assertThat(ours.at("/signature/status").asText()).isEqualTo("valid");
    assertThat(ours.get("header")).isEqualTo(rtds.get("header"));
    assertThat(ours.get("payload")).isEqualTo(rtds.get("payload"));
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);
  }
}
