package org.dccsim.dcc.transform.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.transform.CustomerIdentificationNumber;
import org.dccsim.dcc.transform.CustomerIdentificationNumbers;
import org.dccsim.dcc.transform.TemplateRequests;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.gbcs.gbz.DeviceManagementCommands.UpdateCin;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzComponent;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.ZclUtcTime;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

/**
 * 9.1 sends the CIN the DCC draws, not a value of the request or of RTDS: the access control
 * broker sends each command with a fresh CIN, and given RTDS's CIN and counters the commands are
 * RTDS's error scenarios byte for byte.
 */
class CustomerIdentificationNumberTransformsTest {

  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");

  private final Deque<String> drawn = new ArrayDeque<>(List.of("0042", "9876", "1234", "1234"));
  private final CustomerIdentificationNumbers cins = () -> new CustomerIdentificationNumber(drawn.removeFirst());
  private final TransformRegistry registry = registry();

  private TransformRegistry registry() {
    TransformRegistry r = new TransformRegistry(HubRequests.CATALOGUE);
    new CommsHubAndSecurityTransforms().registerCustomerIdentification(r, cins);
    return r;
  }

  private GeneralSigningApdu transform(String template, long userCounter, long dccCounter, Instant at)
      throws Exception {
    AcceptedRequest request = TemplateRequests.template(template).counters(userCounter, dccCounter).at(at).accepted();
    return registry.forVariant("9.1").orElseThrow().transform(request);
  }

  private static UpdateCin updateCin(GeneralSigningApdu apdu) throws Exception {
    GbzComponent c = ((GbzPayload.UseCase) GbzCodec.decode(apdu.content())).components().get(0);
    return (UpdateCin) ((GbzComponent.Plain) c.content()).command();
  }

  @Test
  void theAccessControlBrokerSendsAFreshCinOnTheUsersBehalf() throws Exception {
    Instant later = Instant.parse("2026-11-28T12:00:00Z");
    GeneralSigningApdu esme = transform("ECS50_9.1_SUCCESS_REQUEST_DUIS.XML", 7, 4000, later);
    GeneralSigningApdu gsme = transform("GCS36_9.1_SUCCESS_REQUEST_DUIS.XML", 8, 4001, later);

    AccessRequest set = DlmsCodec.decodeAccessRequest(esme.content());
    assertThat(set.data()).containsExactly(DlmsData.octetString("0042".getBytes(StandardCharsets.US_ASCII)));
    assertThat(set.longInvokeIdAndPriority() & 0xFFFFFF).isEqualTo(4000);
    assertThat(esme.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(esme.originatorCounter()).isEqualTo(4000);
    assertThat(esme.header().otherInformation()).isEqualTo(OtherInformation.withRemoteParty(0x0058, SUPPLIER, 7));

    UpdateCin update = updateCin(gsme);
    assertThat(update.customerIdNumber().toByteArray()).isEqualTo("9876".getBytes(StandardCharsets.US_ASCII));
    assertThat(update.issuerEventId()).isEqualTo(ZclUtcTime.of(later).seconds());
    assertThat(gsme.header().otherInformation()).isEqualTo(OtherInformation.withRemoteParty(0x0083, SUPPLIER, 8));
  }

  @Test
  void givenRtdssCinAndCountersTheCommandsAreRtdssErrorScenarios() throws Exception {
    drawn.removeFirst();
    drawn.removeFirst();
    GeneralSigningApdu esme = transform("ECS50_9.1_SUCCESS_REQUEST_DUIS.XML", 1001, 1301, TemplateRequests.RTDS_NOW);
    GeneralSigningApdu gsme = transform("GCS36_9.1_SUCCESS_REQUEST_DUIS.XML", 1001, 1301, TemplateRequests.RTDS_NOW);

    for (GeneralSigningApdu[] pair : List.of(
        new GeneralSigningApdu[] {esme, HubRequests.rtds("9.1_ECS50", "ECS50_9.1_ERROR")},
        new GeneralSigningApdu[] {gsme, HubRequests.rtds("9.1_GCS36", "GCS36_9.1_ERROR")})) {
      assertThat(pair[0].header().otherInformation()).isEqualTo(pair[1].header().otherInformation());
      assertThat(pair[0].originatorCounter()).isEqualTo(pair[1].originatorCounter());
      assertThat(pair[0].content().toByteArray()).isEqualTo(pair[1].content().toByteArray());
    }
  }
}
