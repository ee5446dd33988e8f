package org.dccsim.dcc.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dccsim.dcc.duis.DuisResponseReader;
import org.dccsim.dcc.duis.ReceivedDuisResponse;
import org.dccsim.dcc.xmldsig.XmlSignatureCheck;
import org.dccsim.dcc.xmldsig.XmlSignatureVerifier;
import org.dccsim.smki.CertificateValidityChecker;
import org.dccsim.smki.CertificateValidityPolicy;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.smki.importer.SmkiImporter;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The responses DCC Boxed signed, verified the way dccsim verifies: DCC Boxed's material imported
 * into the SMKI repository, the cited certificate resolved by issuer and serial under the default
 * validity policy (on today's date, when the older ZAZ1 certificates have expired).
 */
class DccBoxedSampleResponsesTest {

  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @ValueSource(strings = {"message.xml", "readfw-response.xml", "read-inventory-response-5.4.xml"})
  void verifiesWithTheImportedDspCertificate(String sample) throws IOException {
    SmkiRepository repository = new SmkiRepository();
    new SmkiImporter(repository).importFrom(ReferenceData.require("smki/org-keys"));
    XmlSignatureVerifier verifier = new XmlSignatureVerifier(
        new SmkiSignerResolver(repository, new CertificateValidityChecker(TODAY, CertificateValidityPolicy.defaultPolicy())),
        new EcdsaP256(CryptoProvider.BC));

    ReceivedDuisResponse response = new DuisResponseReader().read(
        Files.readAllBytes(ReferenceData.require("duis/samples/" + sample)));
    XmlSignatureCheck check = verifier.verify(response.signature());

    assertThat(check.isValid()).as(check.toString()).isTrue();
    assertThat(check.signer().subject()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(check.signer().remotePartyRole()).isIn(
        RemotePartyRole.ACCESS_CONTROL_BROKER.code(), RemotePartyRole.DSP_XML_SIGN.code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"message.xml"})
  void underEnforcementAnExpiredSignerIsUnknown(String sample) throws IOException {
    SmkiRepository repository = new SmkiRepository();
    new SmkiImporter(repository).importFrom(ReferenceData.require("smki/org-keys"));
    XmlSignatureVerifier verifier = new XmlSignatureVerifier(
        new SmkiSignerResolver(repository, new CertificateValidityChecker(TODAY, CertificateValidityPolicy.ENFORCE)),
        new EcdsaP256(CryptoProvider.BC));
    ReceivedDuisResponse response = new DuisResponseReader().read(
        Files.readAllBytes(ReferenceData.require("duis/samples/" + sample)));

    assertThat(verifier.verify(response.signature()).outcome()).isEqualTo(XmlSignatureCheck.Outcome.UNKNOWN_SIGNER);
  }
}
