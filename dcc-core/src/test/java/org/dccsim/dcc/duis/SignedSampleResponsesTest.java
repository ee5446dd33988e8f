package org.dccsim.dcc.duis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.BAD_SIGNATURE;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.DIGEST_MISMATCH;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.MALFORMED;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.PROFILE_VIOLATION;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.UNKNOWN_SIGNER;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.UNSIGNED;
import static org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome.UNSUPPORTED_ALGORITHM;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.dccsim.dcc.xmldsig.OrgKeyRing;
import org.dccsim.dcc.xmldsig.XmlSignatureCheck;
import org.dccsim.dcc.xmldsig.XmlSignatureCheck.Outcome;
import org.dccsim.dcc.xmldsig.XmlSignatureVerifier;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Responses DCC Boxed really signed (three key/certificate eras) verify with the imported
 * organisation certificates, and each kind of change makes them fail for the right reason.
 */
class SignedSampleResponsesTest {

  private static OrgKeyRing keys;
  private static XmlSignatureVerifier verifier;
  private final DuisResponseReader reader = new DuisResponseReader();

  @BeforeAll
  static void loadKeys() {
    keys = OrgKeyRing.load();
    verifier = new XmlSignatureVerifier(keys, new EcdsaP256(CryptoProvider.BC));
  }

  @ParameterizedTest
  @ValueSource(strings = {"message.xml", "readfw-response.xml", "read-inventory-response-5.4.xml"})
  void verifiesWithTheDccCertificateItCites(String sample) {
    XmlSignatureCheck check = check(sample(sample));

    assertThat(check.isValid()).as(check.toString()).isTrue();
    assertThat(check.signer().subject()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
  }

  @Test
  void eachSampleCitesTheCertificateOfItsBoxedEra() {
    assertThat(check(sample("message.xml")).signer().remotePartyRole()).isEqualTo(0x04);
    assertThat(check(sample("read-inventory-response-5.4.xml")).signer().remotePartyRole())
        .isEqualTo(0x89);
    assertThat(
            reader.read(sample("read-inventory-response-5.4.xml")).signature().signature()
                .citedCertificate())
        .isEqualTo(keys.cited("Z1-accessControlBroker-dSPXmlSign"));
  }

  @Test
  void readsTheHeaderAndBodyOfAFirmwareVersionResponse() {
    ReceivedDuisResponse r = reader.read(sample("readfw-response.xml"));

    assertThat(r.schemaVersion()).isEqualTo("5.1");
    assertThat(r.requestId())
        .isEqualTo(RequestId.parse("90-B3-D5-1F-30-01-00-00:88-73-84-57-00-2F-96-1E:1660751141087"));
    assertThat(r.responseId()).isEqualTo(r.requestId().responseId());
    assertThat(r.responseCode()).isEqualTo("I0");
    assertThat(r.responseDateTime()).isEqualTo(Instant.parse("2022-08-17T15:45:42.790Z"));
    assertThat(r.body().localName()).isEqualTo("ResponseMessage");
    assertThat(r.body().childText("ServiceReferenceVariant")).contains("11.2");
    assertThat(r.body().childText("GBCSPayload").orElseThrow()).startsWith("3QAAAAAAAFUR");
  }

  @Test
  void anUnsignedAcknowledgementIsReadAndReportedUnsigned() {
    ReceivedDuisResponse r = reader.read(sample("acknowledgement-error.xml"));

    assertThat(r.responseCode()).isEqualTo("E65");
    assertThat(r.responseId()).isNull();
    assertThat(verifier.verify(r.signature()).outcome()).isEqualTo(UNSIGNED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"message.xml", "readfw-response.xml", "read-inventory-response-5.4.xml"})
  void oneChangedCharacterInASignedElementIsADigestMismatch(String sample) {
    String xml = text(sample);
    // the last digit of the response's milliseconds
    int at = xml.indexOf("Z</sr:ResponseDateTime>") - 1;
    String tampered = xml.substring(0, at) + flipDigit(xml.charAt(at)) + xml.substring(at + 1);

    assertThat(outcome(tampered)).isEqualTo(DIGEST_MISMATCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"message.xml", "readfw-response.xml", "read-inventory-response-5.4.xml"})
  void oneChangedCharacterInTheSignatureValueIsABadSignature(String sample) {
    String xml = text(sample);
    int at = xml.indexOf("<ds:SignatureValue>") + "<ds:SignatureValue>".length() + 5;
    char replacement = xml.charAt(at) == 'A' ? 'B' : 'A';
    String tampered = xml.substring(0, at) + replacement + xml.substring(at + 1);

    assertThat(outcome(tampered)).isEqualTo(BAD_SIGNATURE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"message.xml", "readfw-response.xml", "read-inventory-response-5.4.xml"})
  void oneChangedDigitOfTheSerialIsAnUnknownSigner(String sample) {
    String xml = text(sample);
    int at = xml.indexOf("</ds:X509SerialNumber>") - 1;
    String tampered = xml.substring(0, at) + flipDigit(xml.charAt(at)) + xml.substring(at + 1);

    XmlSignatureCheck check = check(tampered.getBytes(StandardCharsets.UTF_8));
    assertThat(check.outcome()).isEqualTo(UNKNOWN_SIGNER);
    assertThat(check.detail()).contains("CN=Z1,OU=07");
  }

  @Test
  void whitespaceAddedInsideSignedInfoKeepsTheDigestButBreaksTheSignature() {
    String tampered = text("message.xml").replace("<ds:SignedInfo>", "<ds:SignedInfo> ");

    assertThat(outcome(tampered)).isEqualTo(BAD_SIGNATURE);
  }

  @Test
  void whitespaceOutsideTheRootAndInTheXmlDeclarationIsNotSigned() {
    String xml = text("readfw-response.xml")
        .replace("standalone=\"no\"?>", "standalone=\"no\"?>\n\n  ");

    assertThat(outcome(xml)).isEqualTo(Outcome.VALID);
  }

  @Test
  void aSignatureAnywhereButLastInTheRootIsRefusedByTheReader() {
    String xml = text("message.xml");
    String signature = xml.substring(xml.indexOf("<ds:Signature "), xml.indexOf("</sr:Response>"));
    String first = xml.replace(signature, "").replace("<sr:Header>", signature + "<sr:Header>");
    String inBody = xml.replace(signature, "").replace("<sr:Body>", "<sr:Body>" + signature);

    assertThatThrownBy(() -> reader.read(first.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(DuisFormatException.class)
        .hasMessageContaining("expected sr:Header, found ds:Signature");
    assertThatThrownBy(() -> reader.read(inBody.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(DuisFormatException.class)
        .hasMessageContaining("ds:Signature is not in the DUIS namespace");
  }

  @Test
  void profileDeviationsAreReportedAsSuch() {
    String xml = text("message.xml");
    assertThat(outcome(xml.replace("<ds:Reference URI=\"\">", "<ds:Reference URI=\"#body\">")))
        .isEqualTo(PROFILE_VIOLATION);
    assertThat(outcome(xml.replace("xmldsig-more#ecdsa-sha256", "xmldsig-more#rsa-sha256")))
        .isEqualTo(UNSUPPORTED_ALGORITHM);
    assertThat(outcome(xml.replace("xmlenc#sha256", "xmlenc#sha512")))
        .isEqualTo(UNSUPPORTED_ALGORITHM);
    assertThat(outcome(xml.replace("xml-exc-c14n#", "xml-exc-c14n#WithComments")))
        .isEqualTo(UNSUPPORTED_ALGORITHM);
    assertThat(outcome(xml.replace(
            "<ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/>",
            "<ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/>"
                + "<ds:Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>")))
        .isEqualTo(UNSUPPORTED_ALGORITHM);
    assertThat(outcome(xml.replace(
            "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>",
            "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\">"
                + "<ec:InclusiveNamespaces xmlns:ec=\"http://www.w3.org/2001/10/xml-exc-c14n#\""
                + " PrefixList=\"sr\"/></ds:CanonicalizationMethod>")))
        .isEqualTo(PROFILE_VIOLATION);
    assertThat(outcome(xml.replace("<ds:X509Data>", "<ds:KeyName>dsp</ds:KeyName><ds:X509Data>")))
        .isEqualTo(PROFILE_VIOLATION);
    assertThat(outcome(xml.replaceAll("<ds:KeyInfo>.*</ds:KeyInfo>", "")))
        .isEqualTo(PROFILE_VIOLATION);
  }

  @Test
  void anIncompleteOrUndecodableSignatureIsMalformed() {
    String xml = text("message.xml");
    assertThat(outcome(xml.replace("<ds:DigestValue>3sji", "<ds:DigestValue>3s*i")))
        .isEqualTo(MALFORMED);
    assertThat(outcome(xml.replaceAll("<ds:SignatureValue>[^<]*</ds:SignatureValue>", "")))
        .isEqualTo(MALFORMED);
    assertThat(outcome(xml.replace("<ds:X509SerialNumber>1176", "<ds:X509SerialNumber>0x1176")))
        .isEqualTo(MALFORMED);
    XmlSignatureCheck check = check(xml.replace(
            "</ds:SignedInfo>", "</ds:SignedInfo><ds:SignedInfo></ds:SignedInfo>")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(check.outcome()).isEqualTo(MALFORMED);
    assertThat(check.detail()).contains("more than one ds:SignedInfo").contains("line 1, column");
  }

  @Test
  void aSignatureValueOfTheWrongLengthIsABadSignature() {
    String xml = text("message.xml")
        .replaceAll("<ds:SignatureValue>[^<]*</ds:SignatureValue>",
            "<ds:SignatureValue>" + "A".repeat(84) + "</ds:SignatureValue>");

    XmlSignatureCheck check = check(xml.getBytes(StandardCharsets.UTF_8));
    assertThat(check.outcome()).isEqualTo(BAD_SIGNATURE);
    assertThat(check.detail()).contains("63 bytes");
  }

  private XmlSignatureCheck check(byte[] xml) {
    return verifier.verify(reader.read(xml).signature());
  }

  private Outcome outcome(String xml) {
    return check(xml.getBytes(StandardCharsets.UTF_8)).outcome();
  }

  private static char flipDigit(char c) {
    return c == '9' ? '8' : (char) (c + 1);
  }

  static byte[] sample(String name) {
    return DuisTemplatesConformanceTest.bytes(ReferenceData.require("duis/samples/" + name));
  }

  static String text(String name) {
    return new String(sample(name), StandardCharsets.UTF_8);
  }
}
