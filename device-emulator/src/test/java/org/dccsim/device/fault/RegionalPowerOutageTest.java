package org.dccsim.device.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.dccsim.device.CspRegion;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.network.EmulatedWan;
import org.dccsim.device.network.LatencyModel;
import org.dccsim.device.network.ManualTime;
import org.dccsim.device.network.NetworkDirectory;
import org.dccsim.device.network.WanSettings;
import org.dccsim.device.population.DeviceSlot;
import org.dccsim.device.population.Population;
import org.dccsim.device.population.PopulationBuilder;
import org.dccsim.device.population.PopulationDescription;
import org.dccsim.gbcs.alert.DeviceAlerts;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.wan.DeviceMessageListener;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.smki.pki.DeviceKeyDerivation;
import org.dccsim.device.esme.Esme;
import org.junit.jupiter.api.Test;

/**
 * A regional power outage over thousands of premises, on the device side of the DCC: every
 * northern Comms Hub's last gasp and return reach the DCC, and when power comes back every northern
 * ESME's ECS80 alert arrives once, signed, with the outage's start and end; nothing from the other
 * regions. The same scenario through the DCC to a User's RRS is {@code RegionalPowerOutageEndToEndTest}
 * in the simulator.
 */
class RegionalPowerOutageTest {

  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 OPERATOR = Eui64.parse("90-B3-D5-1F-30-02-00-00");
  private static final int PREMISES = 3_000;

  private final SecureRandom random = new SecureRandom();
  private final KeyPair operatorKa = EcKeys.generate(random);
  private final DeviceKeyDerivation keys = DeviceKeyDerivation.fromMasterSecret(new byte[32]);
  private final TrustAnchors anchors = TrustAnchors.of(
      new TrustAnchor(RemotePartyRole.SUPPLIER, SUPPLIER, null, EcKeys.generate(random).getPublic()),
      new TrustAnchor(RemotePartyRole.NETWORK_OPERATOR, OPERATOR, null, operatorKa.getPublic()),
      new TrustAnchor(RemotePartyRole.ACCESS_CONTROL_BROKER, Eui64.DCC_ACCESS_CONTROL_BROKER, null,
          EcKeys.generate(random).getPublic()));
  private final ManualTime time = new ManualTime(T0);
  private final Received dcc = new Received();

  @Test
  void everyNorthernMeterReportsTheRestorationOnceAndNothingElseArrives() throws Exception {
    Population population = new PopulationBuilder(p -> anchors, time.clock())
        .build(PopulationDescription.ofPremises(PREMISES), n -> { });
    WanSettings settings = WanSettings.defaults()
        .withEveryRegion(r -> r.withLatency(new LatencyModel(Duration.ofMillis(200), Duration.ofSeconds(3)))
            .withCellThrottle(50, 10));
    NetworkDirectory directory = new NetworkDirectory(population, settings, 4);
    EmulatedWan wan = new EmulatedWan(directory,
        DeviceServices.create(time.clock(), CryptoProvider.BC, keys::privateKey), dcc, settings, time,
        () -> new SplittableRandom(1));
    Set<Eui64> northernHubs = new HashSet<>();
    Set<Eui64> northernMeters = new HashSet<>();
    for (int i = 0; i < PREMISES; i++) {
      if (population.profile(i).region() == CspRegion.NORTH) {
        northernHubs.add(population.device(i, DeviceSlot.CHF).id());
        northernMeters.add(population.device(i, DeviceSlot.ESME).id());
      }
    }
    assertThat(northernHubs).hasSizeBetween(900, 1_100);

    new ScenarioRunner(new FaultInjector(wan, directory), time).start(Scenario.fromJson("""
        {"events": [{"at": "PT1M", "powerOutage": {"region": "north", "duration": "PT10M"}}]}"""));
    time.runUntilIdle();

    assertThat(dcc.powerLost).containsExactlyInAnyOrderElementsOf(northernHubs);
    assertThat(dcc.powerRestored).containsExactlyInAnyOrderElementsOf(northernHubs);
    assertThat(dcc.alerts.keySet()).as("one alert from each northern ESME, none from elsewhere")
        .containsExactlyInAnyOrderElementsOf(northernMeters);
    assertThat(dcc.duplicates).isEmpty();
    for (byte[] message : dcc.alerts.values()) {
      GeneralSigningApdu alert = GbcsCodec.decode(message).apdu();
      assertThat(alert.recipient()).isEqualTo(OPERATOR);
      assertThat(alert.messageCode()).isEqualTo(FaultInjector.SUPPLY_OUTAGE_RESTORED_MESSAGE_CODE);
      assertThat(DeviceAlerts.alertCode(alert)).isEqualTo(FaultInjector.SUPPLY_OUTAGE_RESTORED_3_MINUTES);
      DlmsAlert body = DlmsAlert.of(DlmsCodec.decodeDataNotification(alert.content()));
      assertThat(body.details()).hasSize(2);
    }
    GeneralSigningApdu one = GbcsCodec.decode(dcc.alerts.values().iterator().next()).apdu();
    var esmeDs = EcKeys.publicKey(keys.scalar(one.originator(), KeyUsage.DIGITAL_SIGNATURE));
    assertThat(wan.services().signer().verify(one, esmeDs)).as("ECS80 is a critical alert, signed").isTrue();

    // a northern meter logged the outage (ECS35e) and registered no energy during it; a southern one neither
    int north = 0;
    while (population.profile(north).region() != CspRegion.NORTH) {
      north++;
    }
    Esme esme = (Esme) population.device(north, DeviceSlot.ESME);
    Instant off = T0.plus(Duration.ofMinutes(1));
    Instant on = off.plus(Duration.ofMinutes(10));
    var log = (org.dccsim.gbcs.dlms.DlmsData.CompactArray) esme.cosemEngine().stored(esme,
        org.dccsim.device.dlms.Obis.of("0-0:99.98.4.255"), 2);
    assertThat(log.elements()).containsExactly(org.dccsim.gbcs.dlms.DlmsData.structure(
        org.dccsim.gbcs.dlms.DlmsData.doubleLongUnsigned(org.dccsim.device.dlms.TimeRange.secondsSince2000(on)),
        org.dccsim.gbcs.dlms.DlmsData.longUnsigned(FaultInjector.SUPPLY_OUTAGE_RESTORED_3_MINUTES),
        org.dccsim.gbcs.dlms.DlmsData.doubleLongUnsigned(600)));
    assertThat(esme.activeImportWh(on)).isEqualTo(esme.activeImportWh(off));
  }

  @Test
  void duringTheOutageThePremisesAreUndeliverableAndOtherRegionsAnswer() {
    Population population = new PopulationBuilder(p -> anchors, time.clock())
        .build(PopulationDescription.ofPremises(30), n -> { });
    WanSettings settings = WanSettings.defaults();
    NetworkDirectory directory = new NetworkDirectory(population, settings, 1);
    EmulatedWan wan = new EmulatedWan(directory,
        DeviceServices.create(time.clock(), CryptoProvider.BC, keys::privateKey), dcc, settings, time,
        () -> new SplittableRandom(1));
    FaultInjector faults = new FaultInjector(wan, directory);

    int dark = faults.powerOff(PremisesSelection.region(CspRegion.SOUTH));
    int southern = 0;
    Eui64 southernMeter = null;
    for (int i = 0; i < 30; i++) {
      if (population.profile(i).region() == CspRegion.SOUTH) {
        southern++;
        southernMeter = population.device(i, DeviceSlot.ESME).id();
        assertThat(population.device(i, DeviceSlot.GSME).condition().powered()).as("the GSME has its battery").isTrue();
      }
    }
    assertThat(dark).isEqualTo(southern);
    wan.send(southernMeter, new byte[] {0});
    time.runUntilIdle();

    assertThat(dcc.undeliverable).singleElement().asString().contains("no mains power");
  }

  @Test
  void aBillingDateSendsOneSignedBillingAlertFromEachMeterOfTheRegionAndNoneElsewhere() throws Exception {
    Population population = new PopulationBuilder(p -> anchors, time.clock())
        .build(PopulationDescription.ofPremises(300), n -> { });
    WanSettings settings = WanSettings.defaults();
    NetworkDirectory directory = new NetworkDirectory(population, settings, 2);
    EmulatedWan wan = new EmulatedWan(directory,
        DeviceServices.create(time.clock(), CryptoProvider.BC, keys::privateKey), dcc, settings, time,
        () -> new SplittableRandom(1));
    Set<Eui64> central = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      if (population.profile(i).region() == CspRegion.CENTRAL) {
        central.add(population.device(i, DeviceSlot.ESME).id());
      }
    }

    new ScenarioRunner(new FaultInjector(wan, directory), time).start(Scenario.fromJson(
        "{\"events\": [{\"at\": \"PT1H\", \"billing\": {\"region\": \"central\"}}]}"));
    time.runUntilIdle();

    assertThat(dcc.alerts.keySet()).containsExactlyInAnyOrderElementsOf(central);
    assertThat(dcc.duplicates).isEmpty();
    GeneralSigningApdu one = GbcsCodec.decode(dcc.alerts.values().iterator().next()).apdu();
    assertThat(DeviceAlerts.alertCode(one)).isEqualTo(0x8F0A);
    assertThat(one.recipient()).isEqualTo(SUPPLIER);
    var esmeDs = EcKeys.publicKey(keys.scalar(one.originator(), KeyUsage.DIGITAL_SIGNATURE));
    assertThat(wan.services().signer().verify(one, esmeDs)).as("ECS68 is signed").isTrue();
  }

  private static final class Received implements DeviceMessageListener {
    final ConcurrentHashMap<Eui64, byte[]> alerts = new ConcurrentHashMap<>();
    final List<Eui64> duplicates = new ArrayList<>();
    final List<Eui64> powerLost = new ArrayList<>();
    final List<Eui64> powerRestored = new ArrayList<>();
    final List<String> undeliverable = new ArrayList<>();

    @Override
    public void onDeviceMessage(Eui64 device, byte[] gbcsMessage) {
      if (alerts.putIfAbsent(device, gbcsMessage) != null) {
        duplicates.add(device);
      }
    }

    @Override
    public void onUndeliverable(Eui64 device, byte[] gbcsMessage, String reason) {
      undeliverable.add(reason);
    }

    @Override
    public void onCommsHubPowerLost(Eui64 commsHub, Instant since) {
      powerLost.add(commsHub);
    }

    @Override
    public void onCommsHubPowerRestored(Eui64 commsHub, Instant at) {
      powerRestored.add(commsHub);
    }
  }
}
