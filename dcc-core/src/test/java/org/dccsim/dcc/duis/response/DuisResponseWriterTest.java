package org.dccsim.dcc.duis.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.duis.DuisResponseReader;
import org.dccsim.dcc.duis.DuisSchema;
import org.dccsim.dcc.duis.ReceivedDuisResponse;
import org.dccsim.dcc.duis.RequestId;
import org.dccsim.dcc.xmldsig.JdkXmlDsig;
import org.dccsim.dcc.xmldsig.OrgKeyRing;
import org.dccsim.dcc.xmldsig.XmlSignatureCheck;
import org.dccsim.dcc.xmldsig.XmlSignatureVerifier;
import org.dccsim.dcc.xmldsig.XmlSigner;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdsaP256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuisResponseWriterTest {

  /** The DSP XML-signing key pair of DCC Boxed 25.11, citing its re-issued certificate. */
  private static final String DSP = "Z1-accessControlBroker-dSPXmlSign";
  private static final Instant NOW = Instant.parse("2026-11-28T12:34:56.789Z");
  private static final RequestId REQUEST =
      RequestId.parse("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1766940660265");
  private static final byte[] GBCS = HexFormat.of().parseHex("dd000000000000451100000000df090200");

  private static OrgKeyRing keys;
  private static DuisSchema schema;
  private static DuisResponseWriter writer;
  private static XmlSignatureVerifier verifier;
  private final DuisResponseReader reader = new DuisResponseReader();

  @BeforeAll
  static void setUp() {
    keys = OrgKeyRing.load();
    schema = DuisSchema.load();
    EcdsaP256 ecdsa = new EcdsaP256(CryptoProvider.BC);
    writer = new DuisResponseWriter(
        new XmlSigner(ecdsa, keys.privateKey(DSP), keys.cited(DSP)),
        Clock.fixed(NOW, ZoneOffset.UTC));
    verifier = new XmlSignatureVerifier(keys, ecdsa);
  }

  static Stream<DuisResponse> responses() {
    return Stream.of(
        new DuisResponse(REQUEST, REQUEST.responseId(), DuisResponse.SUCCESS,
            new ResponseMessage("4.1", "4.1.1", new GbcsPayload(GBCS))),
        new DuisResponse(REQUEST, null, DuisResponse.SUCCESS,
            new ResponseMessage("7.1", "7.1", new PreCommand("4.2", GBCS))),
        new DuisResponse(REQUEST.withCounter(5), null, DuisResponse.SUCCESS,
            new ResponseMessage("8.2", "8.2", inventory())),
        DuisResponse.acknowledgement(REQUEST, "4.1", "4.1.1"),
        DuisResponse.refusal(REQUEST, "E65", "11.2", "11.2"),
        new DuisResponse(null, null, DuisResponse.SUCCESS, DccAlertMessage.quarantined(
            new QuarantinedRequestAlert(
                QuarantinedRequestAlert.Breach.USER_THRESHOLD, REQUEST, 12_345_678_901L))),
        new DuisResponse(null, REQUEST.responseId(), DuisResponse.SUCCESS, DeviceAlertMessage.of(0x8F20, GBCS)),
        new DuisResponse(REQUEST, REQUEST.responseId(), DuisResponse.SUCCESS,
            new ResponseMessage("1.1", "1.1.1", new FutureDatedAlert(FutureDatedAlert.EXECUTED, GBCS, 2, 6))));
  }

  @ParameterizedTest
  @MethodSource("responses")
  void everyResponseIsValidAgainstTheOfficialXsd(DuisResponse response) throws Exception {
    schema.validate(writer.write(response));
  }

  @ParameterizedTest
  @MethodSource("responses")
  void everyResponseVerifiesWithUsAndWithTheJdk(DuisResponse response) throws Exception {
    byte[] xml = writer.write(response);

    XmlSignatureCheck check = verifier.verify(reader.read(xml).signature());
    assertThat(check.isValid()).as(check.toString()).isTrue();
    assertThat(check.signer().subject()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(JdkXmlDsig.verify(xml, keys.certificate(DSP).getPublicKey())).isTrue();
  }

  @ParameterizedTest
  @MethodSource("responses")
  void theBytesWrittenAreAlreadyCanonical(DuisResponse response) throws Exception {
    String xml = utf8(writer.write(response));
    String withoutSignature = xml.replaceAll("<ds:Signature .*</ds:Signature>", "");
    String root = withoutSignature.substring(withoutSignature.indexOf("<sr:Response"));

    for (String c14n : List.of(CanonicalizationMethod.INCLUSIVE, CanonicalizationMethod.EXCLUSIVE)) {
      assertThat(utf8(JdkXmlDsig.canonicalize(c14n, bytes(withoutSignature)))).isEqualTo(root);
    }
  }

  @Test
  void writesTheHeaderAsDccBoxedDoes() {
    String xml = utf8(writer.write(new DuisResponse(REQUEST, REQUEST.responseId(),
        DuisResponse.SUCCESS, new ResponseMessage("4.1", "4.1.1", new GbcsPayload(GBCS)))));

    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<sr:Response xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\""
        + " schemaVersion=\"5.4\"><sr:Header>"
        + "<sr:RequestID>90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1766940660265"
        + "</sr:RequestID>"
        + "<sr:ResponseID>00-DB-12-34-56-78-90-A0:90-B3-D5-1F-30-01-00-00:1766940660265"
        + "</sr:ResponseID>"
        + "<sr:ResponseCode>I0</sr:ResponseCode>"
        + "<sr:ResponseDateTime>2026-11-28T12:34:56.789Z</sr:ResponseDateTime></sr:Header>");
    assertThat(xml).contains("<sr:GBCSPayload>3QAAAAAAAEURAAAAAN8JAgA=</sr:GBCSPayload>")
        .contains("<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">")
        .contains("<ds:X509IssuerName>CN=Z1,OU=07</ds:X509IssuerName>"
            + "<ds:X509SerialNumber>20315062944123339095836004026371736578</ds:X509SerialNumber>")
        .endsWith("</ds:Signature></sr:Response>");
  }

  @Test
  void keepsMillisecondsEvenWhenTheyAreZeroAndWritesTheConfiguredSchemaVersion()
      throws Exception {
    DuisResponseWriter older = new DuisResponseWriter(
        new XmlSigner(new EcdsaP256(CryptoProvider.BC), keys.privateKey(DSP), keys.cited(DSP)),
        Clock.fixed(Instant.parse("2022-08-17T15:45:42Z"), ZoneOffset.UTC),
        "5.1");

    byte[] written = older.write(DuisResponse.acknowledgement(REQUEST, "4.1", "4.1.1"));
    schema.validate(written);
    ReceivedDuisResponse r = reader.read(written);
    String xml = utf8(written);

    assertThat(xml).contains("schemaVersion=\"5.1\"")
        .contains("<sr:ResponseDateTime>2022-08-17T15:45:42.000Z</sr:ResponseDateTime>");
    assertThat(r.responseDateTime()).isEqualTo(Instant.parse("2022-08-17T15:45:42Z"));
    assertThatThrownBy(() -> new DuisResponseWriter(
            new XmlSigner(new EcdsaP256(CryptoProvider.BC), keys.privateKey(DSP), keys.cited(DSP)),
            Clock.systemUTC(), "five"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsBackWhatItWrote() throws Exception {
    ReceivedDuisResponse inventory = reader.read(writer.write(new DuisResponse(
        REQUEST, null, DuisResponse.SUCCESS, new ResponseMessage("8.2", "8.2", inventory()))));

    BodyElement devices = inventory.body().child("DSPInventory").orElseThrow();
    assertThat(devices.children("Device")).hasSize(3);
    BodyElement full = devices.children("Device").get(0);
    assertThat(full.children()).extracting(BodyElement::localName).containsExactly(
        "DeviceID", "DeviceType", "DeviceStatus", "DeviceManufacturer", "DeviceModel",
        "SMETSCHTSVersion", "DeviceFirmwareVersion", "DeviceFirmwareVersionStatus", "CPLStatus",
        "DateCommissioned", "ImportMPxN", "SecondaryImportMPAN", "ExportMPAN", "ESMEVariant",
        "UPRN", "PropertyFilter", "CSPRegion", "DeviceGBCSVersion", "HANVariant", "S1SP",
        "Connectivity");
    assertThat(full.childText("DateCommissioned")).contains("2025-12-28Z");
    assertThat(full.child("PropertyFilter").orElseThrow().childText("PostCode"))
        .contains("1111-111");

    byte[] written = writer.write(new DuisResponse(null, null, "I0",
        DccAlertMessage.quarantined(new QuarantinedRequestAlert(
            QuarantinedRequestAlert.Breach.ATTRIBUTE_LIMITS, REQUEST, -1L))));
    schema.validate(written);
    ReceivedDuisResponse alert = reader.read(written);
    BodyElement breach = alert.body().child("DCCAlert").orElseThrow()
        .child("QuarantinedRequest").orElseThrow().child("ADAttributeLimitsBreach").orElseThrow();
    assertThat(alert.requestId()).isNull();
    assertThat(alert.body().childText("DCCAlertCode")).contains("AD1");
    assertThat(breach.childText("RequestID")).contains(REQUEST.toString());
    assertThat(breach.childText("QuarantineEventRef")).contains("18446744073709551615");
  }

  @Test
  void refusesResponsesTheXsdWouldRefuse() {
    assertThatThrownBy(() -> new DuisResponse(REQUEST, null, "OK", new ResponseMessage("1", "1", null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DspInventory(List.of()))
        .hasMessage("a DSPInventory lists 1 to 17 devices, not 0");
    assertThatThrownBy(() -> new DccAlertMessage("N1", 1L << 32, null, new QuarantinedRequestAlert(
            QuarantinedRequestAlert.Breach.DCC_THRESHOLD, REQUEST, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static DspInventory inventory() {
    DspInventoryDevice full = DspInventoryDevice
        .builder(Eui64.parse("00-DB-12-34-56-78-90-A0"), "ESME", "106C", "433100AC")
        .deviceStatus("Commissioned")
        .smetsChtsVersion("SMETS V5.1")
        .firmwareVersion("9001")
        .firmwareVersionStatus("Active")
        .cplStatus("Active")
        .dateCommissioned(LocalDate.of(2025, 12, 28))
        .importMpxn("1234567890123")
        .secondaryImportMpan("1234567890124")
        .exportMpan("1234567890125")
        .esmeVariant("A")
        .uprn("123456789012")
        .propertyFilter(new PropertyFilter("1111-111", "12334"))
        .cspRegion("4G Central")
        .gbcsVersion("4.2")
        .hanVariant("Single Band")
        .s1sp("none")
        .connectivity("Virtual")
        .build();
    DspInventoryDevice hub = DspInventoryDevice
        .builder(Eui64.parse("00-DB-12-34-56-78-90-A2"), "CHF", "106C", "433100AC")
        .deviceStatus("InstalledNotCommissioned")
        .cspRegion("North")
        .build();
    DspInventoryDevice cad = DspInventoryDevice
        .builder(Eui64.parse("BC-6E-76-FE-00-7C-B4-F3"), "CAD", "GEO", "9001")
        .build();
    return new DspInventory(List.of(full, hub, cad));
  }

  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

}
