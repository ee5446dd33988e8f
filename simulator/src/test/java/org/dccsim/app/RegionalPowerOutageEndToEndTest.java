package org.dccsim.app;

import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.gbcs.security.Utrn;
import org.dccsim.device.gsme.Gsme;
import org.dccsim.device.ppmid.Ppmid;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dccsim.app.client.ClientKeys;
import org.dccsim.app.client.DuisClient;
import org.dccsim.app.client.InspectedResponse;
import org.dccsim.app.client.ReceiveResponseServer;
import org.dccsim.dcc.catalogue.CommandVariant;
import org.dccsim.dcc.duis.DuisRequestSigner;
import org.dccsim.dcc.duis.DuisSchema;
import org.dccsim.device.CspRegion;
import org.dccsim.device.fault.FaultInjector;
import org.dccsim.device.population.DeviceSlot;
import org.dccsim.device.population.EuiPlan;
import org.dccsim.device.population.PopulationDescription;
import org.dccsim.device.population.PremisesAddress;
import org.dccsim.device.population.PremisesProfile;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.security.GbcsSigner;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * dccsim with a population of thousands of premises, over loopback to a Receive Response Service:
 * a User reaches a population meter (inventory computed, keys derived), and a regional power
 * outage played from a scenario file reaches the network operator as one DCC alert per Comms Hub
 * (N1, PowerOutageEvent) and one ECS80 device alert per meter when power returns: every alert
 * arrives, none twice, nothing from other regions.
 */
class RegionalPowerOutageEndToEndTest {

  private static final int PREMISES = 2_000;
  private static final double TIME_FACTOR = 60;
  /** Simulation time: at 60× the DCC waits 10 s of wall clock, room for the alert storm's signing on 2 cores. */
  private static final java.time.Duration DEVICE_TIMEOUT = java.time.Duration.ofMinutes(10);
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 OPERATOR = Eui64.parse("90-B3-D5-1F-30-02-00-00");

  private static Path dataDir;
  private static Simulator simulator;
  private static ReceiveResponseServer rrs;
  private static final BlockingQueue<ReceiveResponseServer.Delivery> delivered = new LinkedBlockingQueue<>();
  private static ClientKeys keys;
  private static DuisSchema schema;
  private static PopulationDescription population;
  private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis());

  @BeforeAll
  static void start() throws Exception {
    dataDir = Files.createTempDirectory("dccsim-outage");
    Path scenario = dataDir.resolve("outage.json");
    // 4 minutes off: the meters report a long outage (8F36); at 60× the whole run takes seconds
    Files.writeString(scenario, """
        {"name": "northern outage",
         "events": [{"at": "PT1M", "powerOutage": {"region": "north", "duration": "PT4M"}}]}""");
    population = PopulationDescription.ofPremises(PREMISES);
    // the RRS first, on a port of its own: a port picked free and then closed could be the DCC's
    rrs = new ReceiveResponseServer(new InetSocketAddress("127.0.0.1", 0), "/duis", () -> keys.verifier(),
        delivered::add);
    int rrsPort = rrs.port();
    Simulator.Settings d = Simulator.Settings.defaults(dataDir);
    simulator = Simulator.start(new Simulator.Settings(dataDir, List.of(), new InetSocketAddress("127.0.0.1", 0),
        URI.create("http://127.0.0.1:" + rrsPort + "/duis"), d.citedDspSerial(), true, d.anomalyThresholds(),
        d.responseCodes(), d.validityPolicy(), false, DEVICE_TIMEOUT, d.wan(), d.http(),
        d.cryptoProvider(), new Simulator.Estate(population, TIME_FACTOR, scenario, "N1",
            new InetSocketAddress("127.0.0.1", 0))), Clock.systemUTC());
    keys = new ClientKeys(List.of(dataDir.resolve("smki")));
    schema = DuisSchema.load();
  }

  @AfterAll
  static void stop() {
    if (rrs != null) {
      rrs.close();
    }
    if (simulator != null) {
      simulator.close();
    }
  }

  @Test
  void theOutageReachesTheNetworkOperatorOncePerHubAndOncePerMeter() throws Exception {
    EuiPlan plan = population.euiPlan();
    List<String> expectedHubs = new ArrayList<>();
    List<String> expectedMeters = new ArrayList<>();
    Map<String, String> mpanOfHub = new HashMap<>();
    for (int i = 0; i < PREMISES; i++) {
      PremisesProfile p = population.profile(i);
      if (p.region() == CspRegion.NORTH && p.has(DeviceSlot.ESME)) {
        String hub = plan.eui(i, DeviceSlot.CHF).toString();
        expectedHubs.add(hub);
        expectedMeters.add(plan.eui(i, DeviceSlot.ESME).toString());
        mpanOfHub.put(hub, PremisesAddress.mpan(i, CspRegion.NORTH));
      }
    }
    assertThat(expectedHubs).hasSizeGreaterThan(PREMISES / 5);
    assertThat(simulator.populationReport()).get().satisfies(r -> {
      assertThat(r.premises()).isEqualTo(PREMISES);
      assertThat(r.devices()).isGreaterThan(4L * PREMISES);
    });

    Map<String, Integer> outageAlerts = new HashMap<>();
    Map<String, Integer> meterAlerts = new HashMap<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (outageAlerts.size() < expectedHubs.size() || meterAlerts.size() < expectedMeters.size()) {
      long left = deadline - System.nanoTime();
      ReceiveResponseServer.Delivery d = delivered.poll(Math.max(1, left), TimeUnit.NANOSECONDS);
      assertThat(d).as("deliveries stopped at %d power outage and %d meter alerts of %d",
          outageAlerts.size(), meterAlerts.size(), expectedHubs.size()).isNotNull();
      record(d, outageAlerts, meterAlerts, mpanOfHub);
    }
    // anything late would be a duplicate or from elsewhere
    for (ReceiveResponseServer.Delivery d; (d = delivered.poll(2, TimeUnit.SECONDS)) != null; ) {
      record(d, outageAlerts, meterAlerts, mpanOfHub);
    }

    assertThat(outageAlerts.keySet()).containsExactlyInAnyOrderElementsOf(expectedHubs);
    assertThat(meterAlerts.keySet()).containsExactlyInAnyOrderElementsOf(expectedMeters);
    assertThat(outageAlerts.values()).as("no DCC alert twice").containsOnly(1);
    assertThat(meterAlerts.values()).as("no device alert twice").containsOnly(1);
  }

  @Test
  void aUserReachesAPopulationMeterWhoseKeysAreDerived() throws Exception {
    Eui64 esme = population.euiPlan().eui(nonNorthernPremises(0), DeviceSlot.ESME);
    InspectedResponse r = awaitAnswerTo(readRegisters(esme));
    assertThat(r.responseCode()).isEqualTo("I0");
    GeneralSigningApdu apdu = GbcsCodec.decode(r.gbcsPayload().orElseThrow()).apdu();
    assertThat(apdu.originator()).isEqualTo(esme);
    assertThat(apdu.recipient()).isEqualTo(SUPPLIER);
  }

  @Test
  void aCommsHubTakenOfflineThroughTheControlApiMakesItsMeterUnreachable() throws Exception {
    int premises = nonNorthernPremises(1);
    Eui64 hub = population.euiPlan().eui(premises, DeviceSlot.CHF);
    Eui64 esme = population.euiPlan().eui(premises, DeviceSlot.ESME);
    HttpClient http = HttpClient.newHttpClient();
    URI control = URI.create("http://127.0.0.1:" + simulator.controlPort().orElseThrow());
    HttpResponse<String> posted = http.send(HttpRequest.newBuilder(control.resolve("/control/events"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"commsHubOffline\": {\"commsHubs\": [\"" + hub + "\"]}}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);

    InspectedResponse ack = readRegisters(esme);
    assertThat(awaitAnswerTo(ack).responseCode()).as("the premises cannot be reached").isEqualTo("E20");

    HttpResponse<String> state = http.send(HttpRequest.newBuilder(control.resolve("/control/wan")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(state.body()).contains("\"undeliverable\":");
    http.send(HttpRequest.newBuilder(control.resolve("/control/events"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"commsHubOnline\": {\"commsHubs\": [\"" + hub + "\"]}}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(awaitAnswerTo(readRegisters(esme)).responseCode()).as("back online").isEqualTo("I0");
  }

  @Test
  void aUserFetchesAPopulationMetersCertificatesAsTheRunningDccPublishesThem() throws Exception {
    Eui64 esme = population.euiPlan().eui(nonNorthernPremises(2), DeviceSlot.ESME);
    Path out = dataDir.resolve("fetched");
    int exit = DccsimCommand.commandLine().execute("smki", "device", esme.toString(), "--data-dir", dataDir.toString(),
        "--out", out.toString());
    assertThat(exit).isZero();
    for (KeyUsage usage : KeyUsage.values()) {
      byte[] pem = Files.readAllBytes(out.resolve(esme + "-" + usage.abbreviation().toLowerCase() + ".pem"));
      SmkiCertificate fetched = SmkiCertificate.parse(pem);
      assertThat(fetched.der()).isEqualTo(simulator.smki().repository().device(esme, usage).orElseThrow().der());
      assertThat(fetched.publicKey()).isEqualTo(simulator.smki().repository().devicePublicKey(esme, usage).orElseThrow());
      assertThat(fetched.subjectEui()).contains(esme);
      assertThat(simulator.wan().services().keyring().certificate(esme, usage)).as("the meter's own (CS02e)")
          .get().extracting(SmkiCertificate::der).isEqualTo(fetched.der());
    }
  }

  @Test
  void aSleepingGsmeAnswersThroughTheDccWhenItWakes() throws Exception {
    Eui64 gsme = population.euiPlan().eui(nonNorthernPremises(3), DeviceSlot.GSME);
    long heldBefore = simulator.wan().stats().snapshot().heldForSleepyDevices();

    InspectedResponse r = awaitAnswerTo(send("GCS13a_4.1.1_SUCCESS_UNRELIABLE_REQUEST_DUIS.XML",
        "00-DB-12-34-56-78-90-A1", gsme));

    assertThat(r.responseCode()).isEqualTo("I0");
    GeneralSigningApdu apdu = GbcsCodec.decode(r.gbcsPayload().orElseThrow()).apdu();
    assertThat(apdu.originator()).isEqualTo(gsme);
    assertThat(apdu.recipient()).isEqualTo(SUPPLIER);
    assertThat(simulator.wan().stats().snapshot().heldForSleepyDevices()).as("held at the hub until it woke")
        .isGreaterThan(heldBefore);
  }

  @Test
  void aPopulationPpmidTopsUpItsGasMeterOverTheHan() throws Exception {
    int premises = nonNorthernPremises(4);
    Eui64 gsmeId = population.euiPlan().eui(premises, DeviceSlot.GSME);
    Ppmid ppmid = (Ppmid) simulator.wan().device(population.euiPlan().eui(premises, DeviceSlot.PPMID)).orElseThrow();
    Gsme gsme = (Gsme) simulator.wan().device(gsmeId).orElseThrow();
    long before = gsme.creditRemaining();
    var supplierKa = keys.repository().organisations(SUPPLIER, RemotePartyRole.SUPPLIER, KeyUsage.KEY_AGREEMENT).stream()
        .flatMap(c -> keys.repository().credential(c).stream()).findFirst().orElseThrow();
    byte[] z = new EcdhP256(CryptoProvider.BC).sharedSecret(supplierKa.privateKey(),
        simulator.smki().repository().devicePublicKey(gsmeId, KeyUsage.KEY_AGREEMENT).orElseThrow());
    String utrn = Utrn.mint(Utrn.ValueClass.POUNDS, 20, 7L << 32, SUPPLIER, gsmeId, z);

    assertThat(ppmid.topUp(gsmeId, utrn, simulator.wan().services())).as("the meter answers its PPMID").isPresent();
    assertThat(gsme.creditRemaining()).as("£20 more").isGreaterThan(before);
  }

  @Test
  void aUtrnMintedWithTheCliAndEnteredAtThePpmidThroughTheControlApiCreditsTheGasMeter() throws Exception {
    int premises = nonNorthernPremises(5);
    Eui64 gsmeId = population.euiPlan().eui(premises, DeviceSlot.GSME);
    Eui64 ppmidId = population.euiPlan().eui(premises, DeviceSlot.PPMID);
    Gsme gsme = (Gsme) simulator.wan().device(gsmeId).orElseThrow();
    long before = gsme.creditRemaining();
    java.io.StringWriter printed = new java.io.StringWriter();
    picocli.CommandLine cli = DccsimCommand.commandLine();
    cli.setOut(new java.io.PrintWriter(printed));
    assertThat(cli.execute("utrn", "--meter", gsmeId.toString(), "--pounds", "15", "--counter", "3",
        "--data-dir", dataDir.toString())).isZero();
    String utrn = printed.toString().trim();
    assertThat(utrn).hasSize(20).containsOnlyDigits();

    HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + simulator.controlPort().orElseThrow() + "/control/events"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"ppmidTopUp\": {\"ppmid\": \"" + ppmidId + "\", \"meter\": \""
            + gsmeId + "\", \"utrn\": \"" + utrn + "\"}}"))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
    assertThat(gsme.creditRemaining()).as("£15 more").isGreaterThan(before);
  }

  private static InspectedResponse readRegisters(Eui64 esme) throws Exception {
    return send("ECS17b_4.1.1_SINGLE_SUCCESS_REQUEST_DUIS.XML", "00-DB-12-34-56-78-90-A0", esme);
  }

  /** A DUIS template sent by the supplier to a population device instead of the template's. */
  private static InspectedResponse send(String templateName, String templateDevice, Eui64 device) throws Exception {
    DuisClient client = new DuisClient(URI.create("http://127.0.0.1:" + simulator.duisPort()));
    String template = Files.readString(ReferenceData.require("duis/templates/" + templateName))
        .replace(templateDevice, device.toString());
    DuisRequestSigner signer = new DuisRequestSigner(keys.xmlSigner(SUPPLIER).orElseThrow());
    byte[] signed = signer.signWithCounter(template.getBytes(StandardCharsets.UTF_8), COUNTER.incrementAndGet());
    InspectedResponse ack = InspectedResponse.inspect(
        client.post(CommandVariant.SR_TO_WAN.service().path(), signed).body(), keys.verifier());
    assertThat(ack.responseCode()).isEqualTo("I99");
    return ack;
  }

  /** Waits for the answer to a request, keeping whatever else arrives for the other test. */
  private static InspectedResponse awaitAnswerTo(InspectedResponse ack) throws Exception {
    List<ReceiveResponseServer.Delivery> others = new ArrayList<>();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (true) {
        ReceiveResponseServer.Delivery d = delivered.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        assertThat(d).as("the answer to " + ack.response().requestId()).isNotNull();
        assertThat(d.accepted()).as(String.valueOf(d.problem())).isTrue();
        if (ack.response().requestId().equals(d.inspected().response().requestId())) {
          return d.inspected();
        }
        others.add(d);
      }
    } finally {
      delivered.addAll(others);
    }
  }

  private static void record(ReceiveResponseServer.Delivery d, Map<String, Integer> outageAlerts,
      Map<String, Integer> meterAlerts, Map<String, String> mpanOfHub) throws Exception {
    assertThat(d.accepted()).as(String.valueOf(d.problem())).isTrue();
    schema.validate(d.body());
    InspectedResponse r = d.inspected();
    if (r.response().requestId() != null) {
      return; // the other test's answer
    }
    assertThat(r.response().responseId().recipient()).isEqualTo(OPERATOR);
    switch (r.bodyKind()) {
      case "DCCAlertMessage" -> {
        assertThat(r.response().body().childText("DCCAlertCode")).contains("N1");
        var event = r.response().body().child("DCCAlert").orElseThrow().child("PowerOutageEvent").orElseThrow();
        String hub = event.childText("CommsHubDeviceID").orElseThrow();
        assertThat(event.childText("MPxN")).contains(mpanOfHub.get(hub));
        outageAlerts.merge(hub, 1, Integer::sum);
      }
      case "DeviceAlertMessage" -> {
        assertThat(r.response().body().childText("AlertCode"))
            .contains(String.format("%04X", FaultInjector.SUPPLY_OUTAGE_RESTORED_3_MINUTES));
        GeneralSigningApdu alert = GbcsCodec.decodeApdu(r.gbcsPayload().orElseThrow());
        var esmeDs = simulator.smki().repository().devicePublicKey(alert.originator(), KeyUsage.DIGITAL_SIGNATURE)
            .orElseThrow();
        assertThat(new GbcsSigner(keys.ecdsa()).verify(alert, esmeDs)).as("ECS80 signed by the meter").isTrue();
        meterAlerts.merge(alert.originator().toString(), 1, Integer::sum);
      }
      default -> throw new AssertionError("unexpected " + r.bodyKind());
    }
  }

  /** The k-th premises outside the outage's region (k from 0). */
  private static int nonNorthernPremises(int k) {
    for (int i = 0; i < PREMISES; i++) {
      PremisesProfile p = population.profile(i);
      if (p.region() != CspRegion.NORTH && p.has(DeviceSlot.ESME) && !p.noWan() && k-- == 0) {
        return i;
      }
    }
    throw new AssertionError("not enough premises outside the north");
  }
}
