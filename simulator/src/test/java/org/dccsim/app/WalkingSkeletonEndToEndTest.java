package org.dccsim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dccsim.app.client.ClientKeys;
import org.dccsim.app.client.DuisClient;
import org.dccsim.app.client.InspectedResponse;
import org.dccsim.app.client.ReceiveResponseServer;
import org.dccsim.app.client.SignedPreCommandRequest;
import org.dccsim.app.profile.DemoPopulation;
import org.dccsim.dcc.anomaly.AnomalyThresholds;
import org.dccsim.dcc.catalogue.CommandVariant;
import org.dccsim.dcc.duis.DuisSchema;
import org.dccsim.dcc.duis.RequestId;
import org.dccsim.dcc.xmldsig.XmlSigner;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.esme.SupplyState;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.security.GbcsMac;
import org.dccsim.gbcs.security.GbcsSigner;
import org.dccsim.gbcs.security.MessageKeyDerivation;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.gbcs.usecase.EnableSupply;
import org.dccsim.gbcs.usecase.ImportRegisterReadings;
import org.dccsim.gbcs.usecase.ReadInstantaneousImportRegisters;
import org.dccsim.smki.Credential;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.SharedSecretCache;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton over loopback: dccsim, a User client signing the public DUIS templates
 * with the supplier's keys, and a Receive Response Service. Every response, synchronous or
 * delivered, is checked against the DUIS 5.4 XSD and the DSP signature, and the GBCS inside is
 * checked too: the device's MAC and encryption (4.1.1) and signature (7.1). Subclasses choose the
 * profile: the embedded default, or DCC Boxed's imported test material with a client that holds
 * only that material.
 */
abstract class WalkingSkeletonEndToEndTest {

  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 STRANGER = Eui64.parse("90-B3-D5-1F-30-03-00-00");

  private static Path dataDir;
  private static Simulator simulator;
  private static ReceiveResponseServer rrs;
  private static final BlockingQueue<ReceiveResponseServer.Delivery> delivered = new LinkedBlockingQueue<>();
  private static ClientKeys keys;
  private static DuisClient client;
  private static DuisSchema schema;
  private static final AtomicLong counter = new AtomicLong(System.currentTimeMillis());

  /** Starts dccsim in a profile and returns the folders of key material the User's client holds. */
  static java.util.List<Path> start(java.util.List<Path> smkiImports, java.util.function.Function<Path, java.util.List<Path>> clientKeyFolders)
      throws Exception {
    dataDir = Files.createTempDirectory("dccsim-e2e");
    // the RRS first, on a port of its own: a port picked free and then closed could be the DCC's
    rrs = new ReceiveResponseServer(new InetSocketAddress("127.0.0.1", 0), "/duis", () -> keys.verifier(),
        delivered::add);
    int rrsPort = rrs.port();
    Simulator.Settings defaults = Simulator.Settings.defaults(dataDir);
    simulator = Simulator.start(new Simulator.Settings(defaults.dataDir(), smkiImports,
        new InetSocketAddress("127.0.0.1", 0), URI.create("http://127.0.0.1:" + rrsPort + "/duis"),
        defaults.citedDspSerial(), true, defaults.anomalyThresholds(), defaults.responseCodes(),
        defaults.validityPolicy(), true, Duration.ofSeconds(10), defaults.wan(), defaults.http(),
        defaults.cryptoProvider(), defaults.estate()), Clock.systemUTC());
    java.util.List<Path> folders = clientKeyFolders.apply(dataDir);
    keys = new ClientKeys(folders);
    client = new DuisClient(URI.create("http://127.0.0.1:" + simulator.duisPort()));
    schema = DuisSchema.load();
    delivered.clear();
    return folders;
  }

  @AfterAll
  static void stop() {
    if (rrs != null) {
      rrs.close();
    }
    if (simulator != null) {
      simulator.close();
    }
    simulator = null;
    rrs = null;
  }

  @Test
  void readInventoryAnswersSynchronouslyWithTheCommsHubAndItsHan() throws Exception {
    InspectedResponse r = send("8.2_READ_INVENTORY_REQUEST_DUIS.XML", CommandVariant.NON_DEVICE);
    assertThat(r.responseCode()).isEqualTo("I0");
    assertThat(r.child("DSPInventory").orElseThrow().children("Device"))
        .extracting(d -> d.childText("DeviceID").orElseThrow())
        .containsExactly("00-DB-12-34-56-78-90-A2", "00-DB-12-34-56-78-90-A0", "00-DB-12-34-56-78-90-A1",
            "00-DB-12-34-56-78-90-A3", "00-DB-12-34-56-78-90-A4");
  }

  @Test
  void readInstantaneousImportRegistersIsAcknowledgedThenDeliveredMacedAndEncrypted() throws Exception {
    InspectedResponse ack = send("ECS17b_4.1.1_SINGLE_SUCCESS_REQUEST_DUIS.XML", CommandVariant.SR_TO_WAN);
    assertThat(ack.responseCode()).isEqualTo("I99");

    InspectedResponse r = nextDelivery();
    assertThat(r.responseCode()).isEqualTo("I0");
    assertThat(r.response().requestId()).isEqualTo(ack.response().requestId());
    assertThat(r.response().responseId()).isEqualTo(ack.response().requestId().responseId());
    GbcsMessage gbcs = GbcsCodec.decode(r.gbcsPayload().orElseThrow());
    GeneralSigningApdu apdu = gbcs.apdu();
    assertThat(apdu.cra()).isEqualTo(CraFlag.RESPONSE);
    assertThat(apdu.originator()).isEqualTo(DemoPopulation.ESME);
    assertThat(apdu.originatorCounter()).isEqualTo(ack.response().requestId().counter());

    Credential supplierKa = supplierCredential(KeyUsage.KEY_AGREEMENT);
    var esmeKa = simulator.smki().repository().device(DemoPopulation.ESME, KeyUsage.KEY_AGREEMENT).orElseThrow().publicKey();
    MessageKeyDerivation kdf = new MessageKeyDerivation(new SharedSecretCache(new EcdhP256(CryptoProvider.BC), 4));
    assertThat(new GbcsMac(kdf).verify(gbcs, supplierKa.privateKey(), esmeKa)).as("device MAC").isTrue();
    ImportRegisterReadings readings = new ReadInstantaneousImportRegisters(new SensitivePayloadCipher(kdf))
        .parseResponse(apdu, supplierKa.privateKey(), esmeKa);
    assertThat(readings.activeImport().value()).isPositive();
  }

  @Test
  void enableSupplyTakesAPreCommandTheUserSignsAndTheMeterEnablesSupply() throws Exception {
    Esme esme = (Esme) simulator.wan().device(DemoPopulation.ESME).orElseThrow();
    assertThat(esme.supplyState()).isEqualTo(SupplyState.DISABLED);

    InspectedResponse first = send("ECS42_7.1_SUCCESS_REQUEST_DUIS.XML", CommandVariant.SR_TO_PRE_COMMAND);
    assertThat(first.responseCode()).isEqualTo("I0");
    GeneralSigningApdu preCommand = GbcsCodec.decodeApdu(first.preCommand().orElseThrow());
    assertThat(preCommand.messageCode()).isEqualTo(EnableSupply.MESSAGE_CODE);
    assertThat(preCommand.originator()).isEqualTo(SUPPLIER);
    assertThat(preCommand.originatorCounter()).isEqualTo(first.response().requestId().counter());

    GbcsSigner gbcsSigner = new GbcsSigner(keys.ecdsa());
    byte[] signed = gbcsSigner.sign(preCommand, supplierCredential(KeyUsage.DIGITAL_SIGNATURE).privateKey()).encoded().toByteArray();
    RequestId id = first.response().requestId();
    byte[] cv5 = xmlSigner().sign(SignedPreCommandRequest.build(id, "7.1", "7.1", signed));
    InspectedResponse second = post(CommandVariant.SIGNED_PRE_COMMAND_TO_WAN, cv5);
    assertThat(second.responseCode()).isEqualTo("I99");

    InspectedResponse r = nextDelivery();
    assertThat(r.responseCode()).isEqualTo("I0");
    assertThat(r.response().requestId()).isEqualTo(id);
    GeneralSigningApdu response = GbcsCodec.decodeApdu(r.gbcsPayload().orElseThrow());
    var esmeDs = simulator.smki().repository().device(DemoPopulation.ESME, KeyUsage.DIGITAL_SIGNATURE).orElseThrow().publicKey();
    assertThat(gbcsSigner.verify(response, esmeDs)).as("device signature").isTrue();
    assertThat(EnableSupply.parseResponse(response)).isZero();
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);

    assertThat(post(CommandVariant.SIGNED_PRE_COMMAND_TO_WAN, cv5).responseCode())
        .as("a Signed Pre-Command is taken once").isEqualTo("E43");
  }

  @Test
  void badRequestsGetAClearAnswerAndNothingElseIsAffected() throws Exception {
    byte[] template = template("ECS17b_4.1.1_SINGLE_SUCCESS_REQUEST_DUIS.XML");
    byte[] signed = xmlSigner().signWithCounter(template, counter.incrementAndGet());
    assertThat(post(CommandVariant.SR_TO_WAN, signed).responseCode()).isEqualTo("I99");
    nextDelivery();
    assertThat(post(CommandVariant.SR_TO_WAN, signed).responseCode()).as("replay").isEqualTo("E41");
    assertThat(post("/api/v1/serviceD", xmlSigner().signWithCounter(template, counter.incrementAndGet())).responseCode())
        .as("wrong path").isEqualTo("E13");

    String tampered = new String(xmlSigner().signWithCounter(template, counter.incrementAndGet()), StandardCharsets.UTF_8)
        .replace("ReadInstantaneousImportRegisters/>", "ReadInstantaneousImportRegisters></sr:ReadInstantaneousImportRegisters>")
        .replace("<sr:ServiceReference>4.1<", "<sr:ServiceReference>4.1 <");
    assertThat(client.post(CommandVariant.SR_TO_WAN, tampered.getBytes(StandardCharsets.UTF_8)).status()).isIn(200, 400);

    String digestTampered = new String(xmlSigner().signWithCounter(template, counter.incrementAndGet()), StandardCharsets.UTF_8)
        .replace("00-DB-12-34-56-78-90-A0", "00-DB-12-34-56-78-90-A1");
    assertThat(post(CommandVariant.SR_TO_WAN, digestTampered.getBytes(StandardCharsets.UTF_8)).responseCode())
        .as("tampered digest").isEqualTo("E40");

    String badSignature = new String(xmlSigner().signWithCounter(template, counter.incrementAndGet()), StandardCharsets.UTF_8);
    int sv = badSignature.indexOf("<ds:SignatureValue>") + "<ds:SignatureValue>".length();
    char flipped = badSignature.charAt(sv + 3) == 'A' ? 'B' : 'A';
    badSignature = badSignature.substring(0, sv + 3) + flipped + badSignature.substring(sv + 4);
    assertThat(post(CommandVariant.SR_TO_WAN, badSignature.getBytes(StandardCharsets.UTF_8)).responseCode())
        .as("tampered signature value").isEqualTo("E40");

    XmlSigner unknownKey = new XmlSigner(keys.ecdsa(),
        org.dccsim.smki.crypto.EcKeys.generate(new java.security.SecureRandom()).getPrivate(),
        new org.dccsim.dcc.xmldsig.X509IssuerSerial("CN=Z1,OU=07", java.math.BigInteger.valueOf(424242)));
    assertThat(post(CommandVariant.SR_TO_WAN, new org.dccsim.dcc.duis.DuisRequestSigner(unknownKey)
        .signWithCounter(template, counter.incrementAndGet())).responseCode())
        .as("a signer SMKI does not know").isEqualTo("E1");

    String wrongCv = new String(template, StandardCharsets.UTF_8).replace("<sr:CommandVariant>1<", "<sr:CommandVariant>4<");
    assertThat(post("/api/v1/serviceT", xmlSigner().signWithCounter(wrongCv.getBytes(StandardCharsets.UTF_8), counter.incrementAndGet()))
        .responseCode()).as("wrong CommandVariant for a non-critical SRV").isEqualTo("E12");

    String unknownDevice = new String(template, StandardCharsets.UTF_8).replace("00-DB-12-34-56-78-90-A0", "00-DB-12-34-56-78-99-99");
    assertThat(post(CommandVariant.SR_TO_WAN, xmlSigner().signWithCounter(unknownDevice.getBytes(StandardCharsets.UTF_8), counter.incrementAndGet()))
        .responseCode()).as("unknown device").isEqualTo("E19");

    String stranger = new String(template, StandardCharsets.UTF_8).replace("90-B3-D5-1F-30-01-00-00", STRANGER.toString());
    assertThat(post(CommandVariant.SR_TO_WAN, xmlSigner().signWithCounter(stranger.getBytes(StandardCharsets.UTF_8), counter.incrementAndGet()))
        .responseCode()).as("signed by someone else than the originator").isEqualTo("E1");

    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sr:Request xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\">&x;</sr:Request>";
    DuisClient.Reply refused = client.post(CommandVariant.SR_TO_WAN, xxe.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("DOCTYPE");
    assertThat(client.post(CommandVariant.SR_TO_WAN, "<not-closed".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
    assertThat(client.post(CommandVariant.SR_TO_WAN, new byte[2 << 20]).status()).as("oversize").isEqualTo(413);

    assertThat(post(CommandVariant.SR_TO_WAN, xmlSigner().signWithCounter(template, counter.incrementAndGet())).responseCode())
        .as("after all that, a good request still works").isEqualTo("I99");
    assertThat(nextDelivery().responseCode()).isEqualTo("I0");
  }

  @Test
  void aUserAboveItsQuarantineThresholdIsAcknowledgedAndToldByAnAd1Alert() throws Exception {
    AnomalyThresholds before = simulator.anomalyDetector().thresholds();
    simulator.anomalyDetector().update(new AnomalyThresholds(Duration.ofHours(1), 0, 0, 0,
        Map.of("8.2", new AnomalyThresholds.Levels(0, 1, 0))));
    try {
      // other tests may have sent 8.2 in this window already: every request held gets its AD1
      for (int i = 0; i < 2; i++) {
        InspectedResponse r = send("8.2_READ_INVENTORY_REQUEST_DUIS.XML", CommandVariant.NON_DEVICE);
        if (i == 1) {
          assertThat(r.responseCode()).as("above the threshold: acknowledged, not answered").isEqualTo("I99");
        }
        if (r.responseCode().equals("I99")) {
          InspectedResponse alert = nextDelivery();
          assertThat(alert.bodyKind()).isEqualTo("DCCAlertMessage");
          assertThat(alert.response().body().childText("DCCAlertCode")).contains("AD1");
          assertThat(alert.response().body().child("DCCAlert").orElseThrow()
              .child("QuarantinedRequest").orElseThrow().child("ADUserThresholdBreach")).isPresent();
          assertThat(alert.response().requestId()).isEqualTo(r.response().requestId());
        }
      }
      assertThat(simulator.quarantine().total()).isPositive();
    } finally {
      simulator.anomalyDetector().update(before);
    }
  }

  private InspectedResponse send(String templateName, CommandVariant cv) throws Exception {
    return post(cv, xmlSigner().signWithCounter(template(templateName), counter.incrementAndGet()));
  }

  private static byte[] template(String name) throws IOException {
    return Files.readAllBytes(ReferenceData.require("duis/templates/" + name));
  }

  private InspectedResponse post(CommandVariant cv, byte[] signed) throws Exception {
    return post(cv.service().path(), signed);
  }

  private InspectedResponse post(String path, byte[] signed) throws Exception {
    DuisClient.Reply reply = client.post(path, signed);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/xml");
    schema.validate(reply.body());
    InspectedResponse r = InspectedResponse.inspect(reply.body(), keys.verifier());
    assertThat(r.signature().isValid()).as(r.signature().toString()).isTrue();
    return r;
  }

  private static InspectedResponse nextDelivery() throws Exception {
    ReceiveResponseServer.Delivery d = delivered.poll(20, TimeUnit.SECONDS);
    assertThat(d).as("a delivery to the Receive Response Service").isNotNull();
    assertThat(d.accepted()).as(String.valueOf(d.problem())).isTrue();
    schema.validate(d.body());
    return d.inspected();
  }

  private static XmlSigner xmlSignerFor(Eui64 user) {
    return keys.xmlSigner(user).orElseThrow();
  }

  private static org.dccsim.dcc.duis.DuisRequestSigner xmlSigner() {
    return new org.dccsim.dcc.duis.DuisRequestSigner(xmlSignerFor(SUPPLIER));
  }

  private static Credential supplierCredential(KeyUsage usage) {
    var repo = keys.repository();
    return repo.organisations(SUPPLIER, RemotePartyRole.SUPPLIER, usage).stream()
        .flatMap(c -> repo.credential(c).stream()).findFirst().orElseThrow();
  }

}
