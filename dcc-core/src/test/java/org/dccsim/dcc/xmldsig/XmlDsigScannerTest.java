package org.dccsim.dcc.xmldsig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdsaP256;
import org.junit.jupiter.api.Test;

class XmlDsigScannerTest {

  private static final String SIGNATURE =
      "<ds:Signature xmlns:ds='http://www.w3.org/2000/09/xmldsig#'><ds:SignedInfo>"
          + "<ds:CanonicalizationMethod Algorithm='http://www.w3.org/2001/10/xml-exc-c14n#'/>"
          + "<ds:SignatureMethod Algorithm='http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256'/>"
          + "<ds:Reference URI=''><ds:Transforms><ds:Transform"
          + " Algorithm='http://www.w3.org/2000/09/xmldsig#enveloped-signature'/></ds:Transforms>"
          + "<ds:DigestMethod Algorithm='http://www.w3.org/2001/04/xmlenc#sha256'/>"
          + "<ds:DigestValue>AAAA</ds:DigestValue></ds:Reference></ds:SignedInfo>"
          + "<ds:SignatureValue>AAAA</ds:SignatureValue><ds:KeyInfo><ds:X509Data>"
          + "<ds:X509IssuerSerial><ds:X509IssuerName>CN=Z1,OU=07</ds:X509IssuerName>"
          + "<ds:X509SerialNumber>7</ds:X509SerialNumber></ds:X509IssuerSerial></ds:X509Data>"
          + "</ds:KeyInfo></ds:Signature>";

  private final XmlSignatureVerifier verifier =
      new XmlSignatureVerifier(cited -> java.util.Optional.empty(), new EcdsaP256(CryptoProvider.BC));

  @Test
  void digestsTheDocumentWithoutItsSignatureInCanonicalXml() throws Exception {
    String unsigned = "<a:r xmlns:a='urn:a' xmlns:unused='urn:u'>\n  <a:b>x</a:b>\n</a:r>";
    String signed = unsigned.replace("\n</a:r>", "\n" + SIGNATURE + "</a:r>");

    SignatureEvidence evidence = scan(signed);

    byte[] expected = MessageDigest.getInstance("SHA-256").digest(
        JdkXmlDsig.canonicalize(CanonicalizationMethod.INCLUSIVE, bytes(unsigned)));
    assertThat(evidence.documentDigest()).isEqualTo(expected);
    assertThat(evidence.signature().citedCertificate())
        .isEqualTo(new X509IssuerSerial("CN=Z1,OU=07", java.math.BigInteger.valueOf(7)));
    assertThat(evidence.signature().transforms()).containsExactly(XmlDsig.ENVELOPED_SIGNATURE);
    assertThat(new String(evidence.canonicalSignedInfo(), StandardCharsets.UTF_8))
        .startsWith("<ds:SignedInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">"
            + "<ds:CanonicalizationMethod");
  }

  @Test
  void aDocumentWithoutASignatureUnderItsRootIsUnsigned() {
    SignatureEvidence evidence = scan("<r><inner>" + SIGNATURE + "</inner></r>");

    assertThat(evidence.isSigned()).isFalse();
    assertThat(verifier.verify(evidence).outcome()).isEqualTo(XmlSignatureCheck.Outcome.UNSIGNED);
  }

  @Test
  void aSignatureFollowedByAnElementIsOutsideTheProfile() {
    XmlSignatureCheck check = verifier.verify(scan("<r><a/>" + SIGNATURE + "<late/></r>"));

    assertThat(check.outcome()).isEqualTo(XmlSignatureCheck.Outcome.PROFILE_VIOLATION);
    assertThat(check.detail()).contains("last child of the root element, but late follows it");
  }

  @Test
  void aSecondSignatureUnderTheRootIsOutsideTheProfile() {
    XmlSignatureCheck check = verifier.verify(scan("<r>" + SIGNATURE + SIGNATURE + "</r>"));

    assertThat(check.outcome()).isEqualTo(XmlSignatureCheck.Outcome.PROFILE_VIOLATION);
    assertThat(check.detail()).contains("a second ds:Signature");
  }

  @Test
  void aSecondReferenceIsOutsideTheProfile() {
    String twoReferences = SIGNATURE.replace("</ds:Reference>",
        "</ds:Reference><ds:Reference URI='#x'><ds:DigestMethod Algorithm='x'/>"
            + "<ds:DigestValue>AAAA</ds:DigestValue></ds:Reference>");

    XmlSignatureCheck check = verifier.verify(scan("<r>" + twoReferences + "</r>"));

    assertThat(check.outcome()).isEqualTo(XmlSignatureCheck.Outcome.PROFILE_VIOLATION);
    assertThat(check.detail()).contains("2 ds:Reference elements");
  }

  @Test
  void aSignatureValueSplitByCarriageReturnsAndLineBreaksDecodes() {
    String broken = SIGNATURE.replace("<ds:SignatureValue>AAAA",
        "<ds:SignatureValue>AA&#13;\nAA");

    assertThat(scan("<r>" + broken + "</r>").signature().signatureValue()).hasSize(3);
  }

  private static SignatureEvidence scan(String xml) {
    try {
      XmlDsigScanner scanner = new XmlDsigScanner();
      XMLStreamReader r = XMLInputFactory.newDefaultFactory()
          .createXMLStreamReader(new ByteArrayInputStream(bytes(xml)));
      int depth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        }
        scanner.onEvent(r, event, depth);
        if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return scanner.finish();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
