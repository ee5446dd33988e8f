package org.dccsim.dcc.wan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dccsim.dcc.duis.DuisResponseReader;
import org.dccsim.dcc.duis.DuisSchema;
import org.dccsim.dcc.duis.ReceivedDuisResponse;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.counter.AccessControlBrokerCounter;
import org.dccsim.dcc.duis.RequestId;
import org.dccsim.dcc.duis.ResponseId;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.dcc.duis.response.DuisResponseWriter;
import org.dccsim.dcc.pipeline.DuisResponses;
import org.dccsim.dcc.pipeline.ResponseCodes;
import org.dccsim.dcc.xmldsig.OrgKeyRing;
import org.dccsim.dcc.xmldsig.XmlSigner;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the DCC makes of what devices send: responses matched to commands, alerts relayed, silence reported. */
class DeviceResponseRouterTest {

  private static final String DSP = "Z1-accessControlBroker-dSPXmlSign";
  private static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");

  private final List<byte[]> outbox = new CopyOnWriteArrayList<>();
  private final DuisResponses responses = responses();
  private final PendingCommands pending = new PendingCommands(Duration.ofSeconds(30), c -> {});
  private static final Eui64 CHF = Eui64.parse("00-DB-12-34-56-78-90-A2");
  private static final Eui64 DISTRIBUTOR = Eui64.parse("90-B3-D5-1F-30-02-00-00");

  private final DeviceInventory inventory = new DeviceInventory();
  private final DeviceResponseRouter router = new DeviceResponseRouter(pending, responses, outbox::add,
      new PowerOutageReporter(inventory, responses, outbox::add,
          new AccessControlBrokerCounter(Clock.fixed(Instant.ofEpochMilli(5_000), ZoneOffset.UTC)), "N1"));
  private final DuisSchema schema = DuisSchema.load();

  @AfterEach
  void stop() {
    pending.close();
  }

  @Test
  void aDeviceAlertIsRelayedWithItsAlertCode() throws Exception {
    byte[] alert = rtds("NA_ECS68/ECS68_NA_8F0A_SINGLE_ALERT_GBCS.HEX");

    router.onDeviceMessage(ESME, alert);

    ReceivedDuisResponse r = delivered();
    assertThat(r.body().localName()).isEqualTo("DeviceAlertMessage");
    assertThat(r.body().childText("AlertCode")).contains("8F0A");
    assertThat(r.requestId()).isNull();
    assertThat(r.responseId().responder()).isEqualTo(ESME);
    assertThat(r.responseId().recipient()).isEqualTo(SUPPLIER);
  }

  @Test
  void aResponseIsMatchedToItsCommandAndAnUnmatchedOneIsNotRelayed() throws Exception {
    byte[] response = rtds("4.1.1_ECS17b/ECS17b_4.1.1_SINGLE_SUCCESS_RESPONSE_GBCS.HEX");
    router.onDeviceMessage(ESME, response);
    assertThat(outbox).as("no command awaits it").isEmpty();

    RequestId id = RequestId.parse("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1000");
    pending.register(new PendingCommand(ESME, SUPPLIER, 1000, id, "4.1", "4.1.1"));
    router.onDeviceMessage(ESME, response);

    ReceivedDuisResponse r = delivered();
    assertThat(r.responseCode()).isEqualTo("I0");
    assertThat(r.requestId()).isEqualTo(id);
    assertThat(r.responseId()).isEqualTo(id.responseId());
    assertThat(r.body().childText("GBCSPayload")).isPresent();
  }

  @Test
  void anUnansweredCommandIsE21AndAnUndeliverableOneE20() throws Exception {
    RequestId id = RequestId.parse("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:2000");
    router.onTimeout(new PendingCommand(ESME, SUPPLIER, 2000, id, "4.1", "4.1.1"));
    assertThat(delivered().responseCode()).isEqualTo("E21");

    byte[] command = rtds("4.1.1_ECS17b/ECS17b_4.1.1_SINGLE_SUCCESS_COMMAND_GBCS.HEX");
    pending.register(new PendingCommand(ESME, SUPPLIER, 1000, id.withCounter(1000), "4.1", "4.1.1"));
    router.onUndeliverable(ESME, command, "Comms Hub offline");
    assertThat(delivered().responseCode()).isEqualTo("E20");
  }

  @Test
  void aCommsHubsPowerOutageIsADccAlertToTheElectricityDistributorWithTheMpan() throws Exception {
    inventory.put(InventoryDevice.builder(CHF, DeviceType.CHF).registeredParty(UserRole.IS, SUPPLIER).build());
    inventory.put(InventoryDevice.builder(ESME, DeviceType.ESME).commsHub(CHF).importMpxn("1412345678901")
        .registeredParty(UserRole.IS, SUPPLIER).registeredParty(UserRole.ED, DISTRIBUTOR).build());

    router.onCommsHubPowerLost(CHF, Instant.parse("2026-11-28T11:58:30Z"));

    ReceivedDuisResponse r = delivered();
    assertThat(r.responseCode()).isEqualTo("I0");
    assertThat(r.requestId()).isNull();
    assertThat(r.responseId()).isEqualTo(new ResponseId(Eui64.DCC_ACCESS_CONTROL_BROKER, DISTRIBUTOR, 5_001));
    assertThat(r.body().localName()).isEqualTo("DCCAlertMessage");
    assertThat(r.body().childText("DCCAlertCode")).contains("N1");
    assertThat(new String(lastXml, java.nio.charset.StandardCharsets.UTF_8))
        .contains("<sr:PowerOutageEvent><sr:CommsHubDeviceID>00-DB-12-34-56-78-90-A2</sr:CommsHubDeviceID>"
            + "<sr:StartDateTime>2026-11-28T11:58:30Z</sr:StartDateTime><sr:MPxN>1412345678901</sr:MPxN>");
  }

  @Test
  void aPowerOutageWithoutAnElectricityDistributorToTellRaisesNothing() {
    inventory.put(InventoryDevice.builder(CHF, DeviceType.CHF).build());
    router.onCommsHubPowerLost(CHF, Instant.parse("2026-11-28T11:58:30Z"));
    router.onCommsHubPowerLost(Eui64.parse("00-00-00-00-00-00-00-01"), Instant.parse("2026-11-28T11:58:30Z"));
    assertThat(outbox).isEmpty();
  }

  private byte[] lastXml;

  private ReceivedDuisResponse delivered() throws Exception {
    assertThat(outbox).hasSize(1);
    byte[] xml = outbox.remove(0);
    lastXml = xml;
    schema.validate(xml);
    return new DuisResponseReader().read(xml);
  }

  private static byte[] rtds(String path) throws Exception {
    return HexFormat.of().parseHex(
        Files.readString(ReferenceData.require("gbcs/rtds/RTDS-4.5.0").resolve(path)).trim());
  }

  private static DuisResponses responses() {
    OrgKeyRing keys = OrgKeyRing.load();
    return new DuisResponses(new DuisResponseWriter(
        new XmlSigner(new EcdsaP256(CryptoProvider.BC), keys.privateKey(DSP), keys.cited(DSP)),
        Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC)), ResponseCodes.defaults());
  }
}
