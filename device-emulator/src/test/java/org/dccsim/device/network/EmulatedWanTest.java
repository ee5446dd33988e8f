package org.dccsim.device.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceCondition;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.usecase.GbcsCommands;
import org.dccsim.gbcs.usecase.MessageCodes;
import org.dccsim.gbcs.wan.DeviceMessageListener;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.junit.jupiter.api.Test;

/** The emulated WAN and HAN on manual time: exact latencies, order, sleepy meters, failures. */
class EmulatedWanTest {

  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final int ESME_READ = MessageCodes.standard().byUseCase("ECS17b").get(0).code();
  private static final int GSME_READ = MessageCodes.standard().byUseCase("GCS13a").get(0).code();

  private final SecureRandom random = new SecureRandom();
  private final KeyPair deviceKa = EcKeys.generate(random);
  private final KeyPair acbKa = EcKeys.generate(random);
  private final KeyPair supplierKa = EcKeys.generate(random);
  private final TrustAnchors anchors = TrustAnchors.of(
      new TrustAnchor(RemotePartyRole.SUPPLIER, SUPPLIER, null, supplierKa.getPublic()),
      new TrustAnchor(RemotePartyRole.ACCESS_CONTROL_BROKER, Eui64.DCC_ACCESS_CONTROL_BROKER, null, acbKa.getPublic()));
  private final ManualTime time = new ManualTime(T0);
  private final Recorder dcc = new Recorder();
  private final DeviceServices base = DeviceServices.create(time.clock(), CryptoProvider.BC, (eui, usage) -> deviceKa.getPrivate());

  private final EchoDevice hub = new EchoDevice(Eui64.parse("00-00-00-00-00-00-01-00"), DeviceType.CHF, 0);
  private final EchoDevice esme = new EchoDevice(Eui64.parse("00-00-00-00-00-00-01-01"), DeviceType.ESME, ESME_READ);
  private final EchoDevice gsme = new EchoDevice(Eui64.parse("00-00-00-00-00-00-01-02"), DeviceType.GSME, GSME_READ);
  private long counter = 1000;

  private EmulatedWan wan(WanSettings settings) {
    NetworkDirectory directory = new NetworkDirectory(null, settings, 1);
    directory.addPremises(hub, List.of(esme, gsme));
    return new EmulatedWan(directory, base, dcc, settings, time, () -> new SplittableRandom(7));
  }

  private static WanSettings fixed(Duration wan, Duration han, Duration wake) {
    return WanSettings.defaults().withEveryRegion(r -> r.withLatency(LatencyModel.fixed(wan))).withHan(han, wake);
  }

  @Test
  void aCommandCrossesWanAndHanToItsDeviceAndTheResponseComesBackTheSameWay() {
    EmulatedWan wan = wan(fixed(Duration.ofMillis(100), Duration.ofMillis(10), Duration.ofSeconds(30)));

    wan.send(esme.id(), command(ESME_READ, esme));
    time.runUntilIdle();

    assertThat(dcc.messages).hasSize(1);
    assertThat(dcc.times.get(0)).isEqualTo(T0.plusMillis(100 + 10 + 10 + 100));
    assertThat(wan.stats().snapshot().responses()).isEqualTo(1);
  }

  @Test
  void aGsmeCommandWaitsAtTheHubUntilTheMeterWakes() {
    EmulatedWan wan = wan(fixed(Duration.ofMillis(100), Duration.ofMillis(10), Duration.ofSeconds(30)));
    Instant wake = wan.nextWake(gsme.id(), T0.plusMillis(110));

    wan.send(gsme.id(), command(GSME_READ, gsme));
    time.advance(Duration.between(T0, wake).minusMillis(1));
    assertThat(dcc.messages).as("nothing before the wake").isEmpty();
    time.runUntilIdle();

    assertThat(dcc.times).containsExactly(wake.plusMillis(10 + 100));
    assertThat(Duration.between(T0, wake)).isLessThanOrEqualTo(Duration.ofSeconds(30).plusMillis(110));
    assertThat(wan.stats().snapshot().heldForSleepyDevices()).isEqualTo(1);
  }

  @Test
  void wakeTimesAreSpreadByEuiAndRecurEveryInterval() {
    EmulatedWan wan = wan(fixed(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(30)));
    Instant a = wan.nextWake(Eui64.parse("00-00-00-00-00-00-00-01"), T0);
    Instant b = wan.nextWake(Eui64.parse("00-00-00-00-00-00-00-02"), T0);

    assertThat(a).isNotEqualTo(b);
    assertThat(wan.nextWake(Eui64.parse("00-00-00-00-00-00-00-01"), a.plusNanos(1))).isEqualTo(a.plusSeconds(30));
    assertThat(wan.nextWake(Eui64.parse("00-00-00-00-00-00-00-01"), a)).isEqualTo(a);
  }

  @Test
  void commandsReachADeviceInOrderWhateverLatencyEachDraws() {
    WanSettings jittery = WanSettings.defaults()
        .withEveryRegion(r -> r.withLatency(new LatencyModel(Duration.ofMillis(50), Duration.ofSeconds(2))))
        .withHan(Duration.ofMillis(5), Duration.ofSeconds(30));
    EmulatedWan wan = wan(jittery);

    for (int i = 0; i < 200; i++) {
      wan.send(esme.id(), command(ESME_READ, esme));
    }
    time.runUntilIdle();

    assertThat(esme.securityLog()).as("no command arrived after a later one").isEmpty();
    assertThat(dcc.messages).hasSize(200);
  }

  @Test
  void aCellCarriesNoMoreThanItsRate() {
    WanSettings throttled = fixed(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(30))
        .withEveryRegion(r -> r.withCellThrottle(10, 1));
    EmulatedWan wan = wan(throttled);

    for (int i = 0; i < 5; i++) {
      wan.send(esme.id(), command(ESME_READ, esme));
    }
    time.runUntilIdle();

    // 5 commands and 5 responses share the cell: one message every 100 ms
    assertThat(dcc.times).hasSize(5);
    assertThat(Duration.between(T0, dcc.times.get(4))).isGreaterThanOrEqualTo(Duration.ofMillis(900));
  }

  @Test
  void anOfflineUnpoweredOrUncoveredHubMakesItsPremisesUndeliverable() {
    EmulatedWan wan = wan(fixed(Duration.ofMillis(100), Duration.ZERO, Duration.ofSeconds(30)));

    wan.setOnline(hub.id(), false);
    wan.send(esme.id(), command(ESME_READ, esme));
    time.runUntilIdle();
    assertThat(dcc.undeliverable).singleElement().asString().contains("is offline");
    assertThat(dcc.times).containsExactly(T0.plusMillis(100));

    wan.setOnline(hub.id(), true);
    hub.setCondition(DeviceCondition.NORMAL.withPowered(false));
    wan.send(esme.id(), command(ESME_READ, esme));
    time.runUntilIdle();
    assertThat(dcc.undeliverable).last().asString().contains("no mains power");
    assertThat(esme.lastCounter(RemotePartyRole.SUPPLIER)).as("the meter saw nothing").isZero();
  }

  @Test
  void anUnpoweredMeterBehindAWorkingHubJustDoesNotAnswer() {
    EmulatedWan wan = wan(fixed(Duration.ofMillis(100), Duration.ZERO, Duration.ofSeconds(30)));
    esme.setCondition(DeviceCondition.NORMAL.withPowered(false));

    wan.send(esme.id(), command(ESME_READ, esme));
    time.runUntilIdle();

    assertThat(dcc.messages).isEmpty();
    assertThat(dcc.undeliverable).isEmpty();
    assertThat(wan.stats().snapshot().commandsDelivered()).isEqualTo(1);
  }

  @Test
  void aLossyRegionLosesMessagesWithoutTrace() {
    EmulatedWan wan = wan(fixed(Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(30)).withEveryRegion(r -> r.withLoss(1)));

    wan.send(esme.id(), command(ESME_READ, esme));
    time.runUntilIdle();

    assertThat(dcc.messages).isEmpty();
    assertThat(dcc.undeliverable).isEmpty();
    assertThat(wan.stats().snapshot().lost()).isEqualTo(1);
  }

  @Test
  void anUnknownDeviceIsUndeliverable() {
    EmulatedWan wan = wan(WanSettings.defaults());
    wan.send(Eui64.parse("01-02-03-04-05-06-07-08"), new byte[] {1});
    time.runUntilIdle();
    assertThat(dcc.undeliverable).singleElement().asString().contains("01-02-03-04-05-06-07-08");
  }

  @Test
  void alertsTravelUpUnlessTheHubIsDownAndPowerReportsComeFromTheCsp() {
    EmulatedWan wan = wan(fixed(Duration.ofMillis(100), Duration.ofMillis(10), Duration.ofSeconds(30)));

    assertThat(esme.raiseGenericAlert(RemotePartyRole.SUPPLIER, 0x8F3F, wan.services())).isTrue();
    time.runUntilIdle();
    assertThat(dcc.messages).hasSize(1);
    assertThat(dcc.times).containsExactly(T0.plusMillis(110));

    hub.setCondition(DeviceCondition.NORMAL.withPowered(false));
    wan.reportPowerLost(hub, T0);
    esme.raiseGenericAlert(RemotePartyRole.SUPPLIER, 0x8F3F, wan.services());
    time.runUntilIdle();
    assertThat(dcc.messages).as("the alert was lost with the hub down").hasSize(1);
    assertThat(dcc.powerLost).containsExactly(hub.id());
  }

  // ------------------------------------------------------------------ fixtures

  private byte[] command(int messageCode, EmulatedDevice to) {
    var apdu = GbcsCommands.command(messageCode, counter++, SUPPLIER, to.id(), Optional.empty(), new byte[] {0});
    return base.mac().wrap(apdu, acbKa.getPrivate(), deviceKa.getPublic());
  }

  /** A device of any type that answers one message code with an empty payload. */
  private final class EchoDevice extends EmulatedDevice {
    private final DeviceType type;
    private final DeviceUseCases<EchoDevice> useCases;

    EchoDevice(Eui64 id, DeviceType type, int messageCode) {
      super(id, anchors);
      this.type = type;
      this.useCases = messageCode == 0 ? new DeviceUseCases<>() : new DeviceUseCases<EchoDevice>(new DeviceUseCase<>() {
        @Override
        public int messageCode() {
          return messageCode;
        }

        @Override
        public byte[] execute(EchoDevice device, org.dccsim.device.security.VerifiedCommand command, DeviceServices s) {
          return device.respond(command, new byte[0], Optional.empty(), s);
        }
      });
    }

    @Override
    public DeviceType type() {
      return type;
    }

    @Override
    public DeviceUseCases<EchoDevice> useCases() {
      return useCases;
    }

    @Override
    protected AlertFormat alertFormat() {
      return AlertFormat.DLMS;
    }
  }

  private final class Recorder implements DeviceMessageListener {
    final List<byte[]> messages = new ArrayList<>();
    final List<Instant> times = new ArrayList<>();
    final List<String> undeliverable = new ArrayList<>();
    final List<Eui64> powerLost = new ArrayList<>();

    @Override
    public void onDeviceMessage(Eui64 device, byte[] gbcsMessage) {
      messages.add(gbcsMessage);
      times.add(time.now());
      try {
        GbcsCodec.decode(gbcsMessage);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public void onUndeliverable(Eui64 device, byte[] gbcsMessage, String reason) {
      undeliverable.add(reason);
      times.add(time.now());
    }

    @Override
    public void onCommsHubPowerLost(Eui64 commsHub, Instant since) {
      powerLost.add(commsHub);
    }
  }
}
