package org.dccsim.dcc.duis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dccsim.dcc.xmldsig.OrgKeyRing;
import org.dccsim.dcc.xmldsig.XmlSignatureCheck;
import org.dccsim.dcc.xmldsig.XmlSignatureVerifier;
import org.dccsim.dcc.xmldsig.XmlSigner;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DuisRequestSignerTest {

  private static final String XML_SIGN = "xml-sign-90B3D51F30010000-ds";

  private static OrgKeyRing keys;
  private static DuisSchema schema;
  private static DuisRequestSigner signer;
  private static XmlSignatureVerifier verifier;
  private final DuisRequestReader reader = new DuisRequestReader();

  @BeforeAll
  static void setUp() {
    keys = OrgKeyRing.load();
    schema = DuisSchema.load();
    EcdsaP256 ecdsa = new EcdsaP256(CryptoProvider.BC);
    signer = new DuisRequestSigner(
        new XmlSigner(ecdsa, keys.privateKey(XML_SIGN), keys.cited(XML_SIGN)));
    verifier = new XmlSignatureVerifier(keys, ecdsa);
  }

  @Test
  void signsATemplateWithTheOriginatorsXmlSignCertificate() {
    byte[] signed = signer.sign(DuisRequestReaderTest.template("ECS42_7.1_SUCCESS_REQUEST_DUIS.XML"));

    DuisRequest request = reader.read(signed);
    XmlSignatureCheck check = verifier.verify(request.signature());
    assertThat(check.isValid()).as(check.toString()).isTrue();
    assertThat(check.signer().subject()).isEqualTo(request.requestId().originator());
    assertThat(check.signer().remotePartyRole()).isEqualTo(0x87);
    assertThat(request.signature().signature().citedCertificate()).isEqualTo(keys.cited(XML_SIGN));
    assertThat(request.requestId().counter()).isEqualTo(1000);
  }

  @Test
  void replacesTheCounterAndKeepsBothEuis() {
    byte[] template = DuisRequestReaderTest.template("8.2_READ_INVENTORY_REQUEST_DUIS.XML");

    DuisRequest request = reader.read(signer.signWithCounter(template, 1_766_940_660_265L));

    assertThat(request.requestId()).hasToString(
        "90-B3-D5-1F-30-01-00-00:90-B3-D5-1F-30-00-00-02:1766940660265");
    assertThat(verifier.verify(request.signature()).isValid()).isTrue();
    assertThat(reader.read(signer.signWithCounter(template, -1L)).requestId().counterText())
        .isEqualTo("18446744073709551615");
  }

  @Test
  void replacesThePlaceholderSignatureByOneLastInTheRoot() {
    String signed = new String(
        signer.sign(DuisRequestReaderTest.sample("ECS50_9.1_SUCCESS_REQUEST_DUIS.XML")),
        StandardCharsets.UTF_8);

    assertThat(signed).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sr:Request ");
    assertThat(signed.split("<ds:Signature ", -1)).hasSize(2);
    assertThat(signed).doesNotContain("placeholders").doesNotContain("ZGVmYXVsdA==");
    assertThat(signed).contains("</sr:Body>\n  <ds:Signature xmlns:ds=")
        .endsWith("</ds:Signature></sr:Request>");
    // namespace declarations stay where the User wrote them
    assertThat(signed).contains(
        "<sr:Request xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" xmlns:sr=");
  }

  @Test
  void resigningASignedRequestSignsTheSameContent() {
    byte[] once = signer.sign(DuisRequestReaderTest.template("ECS17b_4.1.1_SINGLE_SUCCESS_REQUEST_DUIS.XML"));
    byte[] twice = signer.sign(once);

    assertThat(reader.read(twice).signature().documentDigest())
        .isEqualTo(reader.read(once).signature().documentDigest());
    assertThat(verifier.verify(reader.read(twice).signature()).isValid()).isTrue();
  }

  @Test
  void everySignedTemplateIsValidAgainstTheDuisSchema() throws Exception {
    List<String> invalid = new ArrayList<>();
    try (Stream<Path> files = Files.list(ReferenceData.require("duis/templates"))) {
      for (Path t : (Iterable<Path>) files.sorted()::iterator) {
        try {
          schema.validate(signer.signWithCounter(Files.readAllBytes(t), 1_800_000_000_000L));
        } catch (org.xml.sax.SAXException e) {
          invalid.add(t.getFileName() + ": " + e.getMessage());
        }
      }
    }
    assertThat(invalid).isEmpty();
  }

  @Test
  void refusesWhatIsNotARequest() {
    assertThatThrownBy(() -> signer.sign(SignedSampleResponsesTest.sample("message.xml")))
        .isInstanceOf(DuisFormatException.class)
        .hasMessageContaining("expected sr:Request");
    byte[] badId = DuisRequestReaderTest.bytes(
        DuisRequestReaderTest.REQUEST.replace(":1000<", ":x<"));
    assertThatThrownBy(() -> signer.signWithCounter(badId, 5))
        .isInstanceOf(DuisFormatException.class)
        .hasMessageContaining("sr:RequestID: RequestID counter 'x' is not decimal");
    byte[] noId = DuisRequestReaderTest.bytes(DuisRequestReaderTest.REQUEST
        .replaceAll("<sr:RequestID>.*</sr:RequestID>", ""));
    assertThatThrownBy(() -> signer.signWithCounter(noId, 5))
        .isInstanceOf(DuisFormatException.class)
        .hasMessageContaining("no sr:Header/sr:RequestID");
  }
}
