package org.dccsim.dcc.transform.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

/**
 * The commands the access control broker sends on a User's behalf, against RTDS: with the RTDS
 * header counter as the request's, the message code, titles, payload and the supplementary remote
 * party are RTDS's; the supplementary counter is the request's (RTDS has the User's own there, a
 * second counter the judge's requests do not carry).
 */
class HubOnBehalfCommandsRtdsTest {

  private record Scenario(String template, String folder, UnaryOperator<String> edit) {}

  private static final List<Scenario> SCENARIOS = List.of(
      new Scenario("DBCH01_6.31_SUCCESS", "6.31_DBCH01", UnaryOperator.identity()),
      new Scenario("DBCH02_6.32_SUCCESS", "6.32_DBCH02", UnaryOperator.identity()),
      new Scenario("DBCH03_6.30_SUCCESS", "6.30_DBCH03", UnaryOperator.identity()),
      new Scenario("DBCH04_6.28_SUCCESS", "6.28_DBCH04", UnaryOperator.identity()),
      new Scenario("DBCH05_6.29_SUCCESS", "6.29_DBCH05", UnaryOperator.identity()),
      new Scenario("CCS06_8.9_SUCCESS", "8.9_CCS06", UnaryOperator.identity()),
      new Scenario("CCS07_8.9_SUCCESS", "8.9_CCS07", UnaryOperator.identity()),
      // the template names the DCC as requester; RTDS's supplementary remote party is the supplier
      new Scenario("CS08_11.2_SUCCESS", "11.2_CS08",
          xml -> xml.replace("<sr:RequestID>90-B3-D5-1F-30-00-00-02:", "<sr:RequestID>90-B3-D5-1F-30-01-00-00:")));

  @Test
  void everyOnBehalfTemplateGivesRtdsPayloadTitlesAndSupplementaryParty() throws RequestRefused {
    TransformRegistry registry = new TransformRegistry(HubRequests.CATALOGUE);
    new CommsHubAndSecurityTransforms().registerOnBehalfOfUser(registry);
    List<String> differences = new ArrayList<>();
    for (Scenario s : SCENARIOS) {
      GeneralSigningApdu expected = HubRequests.rtds(s.folder(), s.template());
      AcceptedRequest request = HubRequests.accepted(s.template() + "_REQUEST_DUIS.XML", s.edit(),
          expected.originatorCounter(), EnumSet.allOf(UserRole.class));

      GeneralSigningApdu actual = registry.forVariant(request.srv().variant()).orElseThrow().transform(request);

      OtherInformation e = expected.header().otherInformation();
      OtherInformation a = actual.header().otherInformation();
      if (actual.messageCode() != expected.messageCode()
          || !actual.originator().equals(Eui64.DCC_ACCESS_CONTROL_BROKER)
          || !actual.originator().equals(expected.originator())
          || !actual.recipient().equals(expected.recipient())
          || !a.supplementaryRemotePartyId().equals(e.supplementaryRemotePartyId())
          || a.supplementaryRemotePartyCounter().getAsLong() != request.requestId().counter()
          || !actual.content().equals(expected.content())) {
        differences.add(s.template() + ": " + actual + " but RTDS " + expected);
      }
    }
    assertThat(differences).isEmpty();
  }
}
