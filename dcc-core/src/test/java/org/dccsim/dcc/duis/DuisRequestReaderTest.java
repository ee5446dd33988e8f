package org.dccsim.dcc.duis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class DuisRequestReaderTest {

  private final DuisRequestReader reader = new DuisRequestReader();

  @Test
  void readsTheHeaderAndTheServiceRequestOfReadInventory() {
    DuisRequest r = reader.read(template("8.2_READ_INVENTORY_REQUEST_DUIS.XML"));

    assertThat(r.schemaVersion()).isEqualTo("5.4");
    assertThat(r.requestId())
        .isEqualTo(RequestId.parse("90-B3-D5-1F-30-01-00-00:90-B3-D5-1F-30-00-00-02:1000"));
    assertThat(r.header().firstInSequence()).isNull();
    assertThat(r.header().precedingServiceRequestId()).isNull();
    assertThat(r.header().commandVariant()).isEqualTo(8);
    assertThat(r.header().serviceReference()).isEqualTo("8.2");
    assertThat(r.header().serviceReferenceVariant()).isEqualTo("8.2");
    BodyElement body = (BodyElement) r.body();
    assertThat(body.localName()).isEqualTo("ReadInventory");
    assertThat(body.text()).isEmpty();
    assertThat(body.childText("DeviceID")).contains("00-DB-12-34-56-78-90-A2");
  }

  @Test
  void keepsRepeatedChildrenAndAttributesInDocumentOrder() {
    DuisRequest r = reader.read(sample("CS02aMAC_6.24.1_SUCCESS_REQUEST_DUIS.XML"));

    BodyElement body = (BodyElement) r.body();
    assertThat(body.children("RemotePartyRole"))
        .extracting(BodyElement::text)
        .containsExactly("Supplier", "NetworkOperator");
    assertThat(r.schemaVersion()).isEqualTo("5.2");

    BodyElement withAttribute = (BodyElement) reader.read(bytes(REQUEST.replace(
            "<sr:ReadInstantaneousImportRegisters/>",
            "<sr:A auxiliaryControllerN=\"2\" xmlns:x=\"urn:x\" x:y=\"z\"><sr:B> v </sr:B></sr:A>")))
        .body();
    assertThat(withAttribute.attribute("auxiliaryControllerN")).contains("2");
    assertThat(withAttribute.attributes()).containsEntry("{urn:x}y", "z");
    assertThat(withAttribute.childText("B")).contains(" v ");
  }

  @Test
  void readsTheOptionalHeaderFields() {
    DuisRequest r = reader.read(bytes(REQUEST.replace(
        "<sr:CommandVariant>",
        "<sr:FirstInSequence>true</sr:FirstInSequence>"
            + "<sr:PrecedingServiceRequestID>90-b3-d5-1f-30-01-00-00:00-db-12-34-56-78-90-a0:999"
            + "</sr:PrecedingServiceRequestID><sr:CommandVariant>")));

    assertThat(r.header().firstInSequence()).isTrue();
    assertThat(r.header().precedingServiceRequestId().counter()).isEqualTo(999);
  }

  @Test
  void readsASignedPreCommandWithItsExecutionTime() {
    String signed = REQUEST
        .replace("<sr:CommandVariant>1<", "<sr:CommandVariant>5<")
        .replace("<sr:ReadInstantaneousImportRegisters/>",
            "<sr:SignedPreCommand>"
                + "<sr:ExecutionDateTime>2026-12-01T10:00:00Z</sr:ExecutionDateTime>"
                + "<sr:GBCSPayload>3wkB&#13;\nAAAA</sr:GBCSPayload></sr:SignedPreCommand>");

    DuisRequest r = reader.read(bytes(signed));

    SignedPreCommand body = (SignedPreCommand) r.body();
    assertThat(body.executionDateTime()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    assertThat(HexFormat.of().formatHex(body.gbcsPayload())).isEqualTo("df0901000000");
    assertThat(r.header().commandVariant()).isEqualTo(5);
  }

  @Test
  void aSignedPreCommandWithoutExecutionTimeIsOnDemand() {
    DuisRequest r = reader.read(bytes(REQUEST.replace("<sr:ReadInstantaneousImportRegisters/>",
        "<sr:SignedPreCommand><sr:GBCSPayload>3wkB</sr:GBCSPayload></sr:SignedPreCommand>")));

    assertThat(((SignedPreCommand) r.body()).executionDateTime()).isNull();
  }

  @Test
  void acceptsSchemaVersionsFiveZeroToFiveFourAndRecordsThem() {
    for (String version : new String[] {"5.0", "5.1", "5.2", "5.3", "5.4", "5.40"}) {
      String xml = REQUEST.replace("schemaVersion=\"5.4\"", "schemaVersion=\"" + version + "\"");
      assertThat(reader.read(bytes(xml)).schemaVersion()).isEqualTo(version);
    }
  }

  @Test
  void readsOtherEncodingsWhenTheDocumentSaysSo() {
    String latin = REQUEST.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
        .replace("<sr:ReadInstantaneousImportRegisters/>", "<sr:A>caf\u00e9</sr:A>");
    assertThat(((BodyElement) reader.read(latin.getBytes(StandardCharsets.ISO_8859_1)).body())
            .text())
        .isEqualTo("caf\u00e9");

    String utf16 = REQUEST.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    assertThat(reader.read(utf16.getBytes(StandardCharsets.UTF_16)).header().commandVariant())
        .isEqualTo(1);

    String bogus = REQUEST.replace("encoding=\"UTF-8\"", "encoding=\"NO-SUCH-CHARSET\"");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read(bytes(bogus)))
        .isInstanceOf(DuisFormatException.class)
        .hasMessageContaining("unsupported encoding 'NO-SUCH-CHARSET'");
  }

  @Test
  void digestsTheSameDocumentTheSameWayWhateverItsBytes() {
    byte[] compact = bytes(REQUEST);
    byte[] reencoded = REQUEST.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
        .replace("schemaVersion=\"5.4\"", "schemaVersion='5.4'")
        .replace("<sr:ReadInstantaneousImportRegisters/>",
            "<sr:ReadInstantaneousImportRegisters></sr:ReadInstantaneousImportRegisters>")
        .getBytes(StandardCharsets.UTF_16);

    assertThat(reader.read(reencoded).signature().documentDigest())
        .isEqualTo(reader.read(compact).signature().documentDigest());
  }

  static final String REQUEST =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<sr:Request xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\""
          + " schemaVersion=\"5.4\"><sr:Header>"
          + "<sr:RequestID>90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1000</sr:RequestID>"
          + "<sr:CommandVariant>1</sr:CommandVariant>"
          + "<sr:ServiceReference>4.1</sr:ServiceReference>"
          + "<sr:ServiceReferenceVariant>4.1.1</sr:ServiceReferenceVariant>"
          + "</sr:Header><sr:Body><sr:ReadInstantaneousImportRegisters/></sr:Body></sr:Request>";

  static byte[] template(String name) {
    return DuisTemplatesConformanceTest.bytes(ReferenceData.require("duis/templates/" + name));
  }

  static byte[] sample(String name) {
    return DuisTemplatesConformanceTest.bytes(ReferenceData.require("duis/samples/" + name));
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
