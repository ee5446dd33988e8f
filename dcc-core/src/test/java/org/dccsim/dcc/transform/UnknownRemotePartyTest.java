package org.dccsim.dcc.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * A read for an unknown remote party is the access control broker's, with the User's key
 * agreement certificate in other-information; a certificate that is not that is refused.
 */
class UnknownRemotePartyTest {

  private static final String URP = "ECS21b_4.14_URP_SUCCESS_REQUEST_DUIS.XML";
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");

  @Test
  void theBrokerSendsTheCommandNamingTheUserAndCarryingItsCertificate() throws Exception {
    AcceptedRequest request = TemplateRequests.template(URP).counters(4004, 77).accepted();
    UnknownRemoteParty party = UnknownRemoteParty.of(request).orElseThrow();
    GeneralSigningApdu apdu = party.command(request, 0x0034, new byte[] {1, 2, 3});

    assertThat(apdu.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(apdu.originatorCounter()).isEqualTo(77);
    assertThat(apdu.header().otherInformation().supplementaryRemotePartyId()).contains(SUPPLIER);
    assertThat(apdu.header().otherInformation().supplementaryRemotePartyCounter()).hasValue(4004);
    assertThat(apdu.header().otherInformation().keyAgreementCertificate()).contains(party.certificate().der());
    assertThat(party.certificate().toSmki().subjectEui()).contains(SUPPLIER);
  }

  @Test
  void aRequestWithoutCredentialsNamesNoUnknownRemoteParty() throws RequestRefused {
    AcceptedRequest known = TemplateRequests.template("ECS21b_4.14_KRP_SUCCESS_REQUEST_DUIS.XML").accepted();
    assertThat(UnknownRemoteParty.of(known)).isEmpty();
  }

  @Test
  void anotherPartysOrASigningCertificateOrBrokenBase64IsRefused() throws IOException {
    String signing = base64Der("90b3d51f30010000-ds.pem");
    String another = base64Der("90b3d51f30010008-ka.pem");
    assertRefused(TemplateRequests.template(URP).replaceFirst("(KAPublicSecurityCredentials>)[^<]+", "$1" + signing),
        "DIGITAL_SIGNATURE");
    assertRefused(TemplateRequests.template(URP).replaceFirst("(KAPublicSecurityCredentials>)[^<]+", "$1" + another),
        "90-B3-D5-1F-30-01-00-08");
    assertRefused(TemplateRequests.template(URP).replaceFirst("(KAPublicSecurityCredentials>)[^<]+", "$1AAEC!"),
        "base64");
  }

  private static void assertRefused(TemplateRequests request, String detail) {
    assertThatThrownBy(() -> UnknownRemoteParty.of(request.accepted()))
        .isInstanceOfSatisfying(RequestRefused.class, e -> {
          assertThat(e.outcome()).isEqualTo(Outcome.BODY_INVALID);
          assertThat(e.getMessage()).contains("KAPublicSecurityCredentials").contains(detail);
        });
  }

  private static String base64Der(String pem) throws IOException {
    byte[] bytes = Files.readAllBytes(ReferenceData.require("smki/device-keys").resolve(pem));
    return Base64.getEncoder().encodeToString(SmkiCertificate.parse(bytes).der());
  }
}
