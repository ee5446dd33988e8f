package org.dccsim.device.gsme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dccsim.device.DeviceHan;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.chf.CommsHub;
import org.dccsim.device.common.DeviceJoins;
import org.dccsim.device.network.EmulatedWan;
import org.dccsim.device.network.ManualTime;
import org.dccsim.device.network.NetworkDirectory;
import org.dccsim.device.network.WanSettings;
import org.dccsim.device.ppmid.Ppmid;
import org.dccsim.device.security.CommandRejected.Reason;
import org.dccsim.device.security.SecurityAlertPolicy;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.alert.DeviceAlerts;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.GeneralCommands;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.ZclCommand;
import org.dccsim.gbcs.gbz.ZclValue;
import org.dccsim.gbcs.security.Utrn;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.usecase.MessageCodes;
import org.dccsim.gbcs.usecase.MessageType;
import org.dccsim.gbcs.wan.DeviceMessageListener;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.junit.jupiter.api.Test;

/**
 * HAN-only commands end to end: a PPMID's top-up (PCS01) and emergency credit request (PCS02)
 * reach the gas meter it is joined to over the HAN, are checked with the PPMID's key from the
 * join, executed, and answered to the PPMID; anything else is refused with the security alert.
 */
class HanTopUpTest {

  private static final RtdsDeviceBench BENCH = RtdsDeviceBench.create();

  private final List<byte[]> alerts = new CopyOnWriteArrayList<>();
  private final Gsme meter = new Gsme(RtdsDeviceBench.GSME, BENCH.anchors());
  private final Ppmid ppmid = new Ppmid(RtdsDeviceBench.PPMID, BENCH.anchors());
  private final List<byte[]> delivered = new ArrayList<>();
  private final DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> alerts.add(m))
      .withHan(recording(DeviceHan.direct(id -> Optional.ofNullable(Map.<Eui64, EmulatedDevice>of(
          RtdsDeviceBench.GSME, meter, RtdsDeviceBench.PPMID, ppmid).get(id)))));

  @Test
  void aJoinedPpmidsTopUpCreditsTheMeterOnceAndItsReplayIsRefusedAsADuplicate() throws Exception {
    joinBothWays(GbcsDeviceType.PPMID);
    meter.setCreditRemaining(1_000_000);
    String utrn = utrn(20, 7);

    byte[] first = ppmid.topUp(RtdsDeviceBench.GSME, utrn, services).orElseThrow();
    byte[] second = ppmid.topUp(RtdsDeviceBench.GSME, utrn, services).orElseThrow();

    var accepted = (PrepaymentCommands.ConsumerTopUpResponse) answer(first);
    var duplicate = (PrepaymentCommands.ConsumerTopUpResponse) answer(second);
    assertThat(accepted.resultType()).isEqualTo(TopUp.ACCEPTED);
    assertThat(accepted.topUpValue()).isEqualTo(2_000_000);
    assertThat(accepted.sourceOfTopUp()).isEqualTo(2);
    assertThat(accepted.creditRemaining()).isEqualTo(3_000_000);
    assertThat(duplicate.resultType()).isEqualTo(TopUp.REJECTED_DUPLICATE);
    assertThat(meter.creditRemaining()).isEqualTo(3_000_000);
    assertThat(meter.utrnCounter()).isEqualTo(7);
    assertThat(meter.securityLog()).isEmpty();
    assertThat(alerts).isEmpty();
  }

  @Test
  void theMetersResponseGoesToThePpmidMacedForItWithTheCommandsCounter() throws Exception {
    joinBothWays(GbcsDeviceType.PPMID);

    byte[] response = ppmid.topUp(RtdsDeviceBench.GSME, utrn(5, 1), services).orElseThrow();

    GbcsMessage m = GbcsCodec.decode(response);
    assertThat(m.apdu().cra()).isEqualTo(CraFlag.RESPONSE);
    assertThat(m.apdu().originator()).isEqualTo(RtdsDeviceBench.GSME);
    assertThat(m.apdu().recipient()).isEqualTo(RtdsDeviceBench.PPMID);
    assertThat(m.apdu().messageCode()).isEqualTo(Ppmid.TOP_UP_MESSAGE_CODE);
    assertThat(m.apdu().originatorCounter()).isEqualTo(ppmid.hanCounter());
    TrustAnchor theMeter = DeviceJoins.partnerAnchor(ppmid, RtdsDeviceBench.GSME, services).orElseThrow();
    assertThat(services.mac().verify(m, ppmid.sharedSecret(theMeter, services))).isTrue();
    assertThat(DeviceJoins.lastCounter(meter, RtdsDeviceBench.PPMID)).isEqualTo(ppmid.hanCounter());
    // the PPMID's counter is its own: the remote parties' counters are untouched
    for (RemotePartyRole role : RemotePartyRole.values()) {
      assertThat(meter.lastCounter(role)).isZero();
    }
  }

  @Test
  void aJoinedPpmidActivatesTheMetersEmergencyCredit() throws Exception {
    joinBothWays(GbcsDeviceType.PPMID);
    meter.pins().pin(GasAttributes.EMERGENCY_CREDIT_LIMIT,
        new ZclValue.Fixed(ZclValue.UINT32, 500_000));

    byte[] response = ppmid.activateEmergencyCredit(RtdsDeviceBench.GSME, services).orElseThrow();

    assertThat(answer(response)).isInstanceOfSatisfying(GeneralCommands.DefaultResponse.class,
        d -> assertThat(d.status()).isZero());
    assertThat(((ZclValue.Fixed) meter.attribute(GasAttributes.EMERGENCY_CREDIT_REMAINING)).bits()).isEqualTo(500_000);
  }

  @Test
  void aTopUpFromADeviceTheMeterHasNotJoinedGetsNoResponseAndAnAuthenticationAlert() throws Exception {
    DeviceJoins.join(ppmid, RtdsDeviceBench.GSME, GbcsDeviceType.GSME, certificate(RtdsDeviceBench.GSME));
    meter.setCreditRemaining(1_000_000);

    Optional<byte[]> response = ppmid.topUp(RtdsDeviceBench.GSME, utrn(20, 7), services);

    // not joined, so the meter knows no key of the PPMID: its MAC fails as under the ACB's today
    assertRefused(response, 1_000_000, Reason.MAC_INVALID, SecurityAlertPolicy.AUTHENTICATION_FAILED);
  }

  @Test
  void aTopUpWithABadMacGetsNoResponseAndAnAuthenticationAlert() throws Exception {
    joinBothWays(GbcsDeviceType.PPMID);
    meter.setCreditRemaining(1_000_000);
    DeviceServices tampering = services.withHan((from, to, message, s) -> {
      byte[] bad = message.clone();
      bad[bad.length - 1] ^= 1; // the last byte of the MAC
      return services.han().exchange(from, to, bad, s);
    });

    Optional<byte[]> response = ppmid.topUp(RtdsDeviceBench.GSME, utrn(20, 7), tampering);

    assertRefused(response, 1_000_000, Reason.MAC_INVALID, SecurityAlertPolicy.AUTHENTICATION_FAILED);
  }

  @Test
  void aJoinedDeviceThatIsNotAPpmidIsNotAuthorisedToTopUp() throws Exception {
    joinBothWays(GbcsDeviceType.HCALCS);
    meter.setCreditRemaining(1_000_000);

    Optional<byte[]> response = ppmid.topUp(RtdsDeviceBench.GSME, utrn(20, 7), services);

    assertRefused(response, 1_000_000, Reason.SENDER_NOT_AUTHORISED, SecurityAlertPolicy.SOURCE_NOT_AUTHORISED);
  }

  @Test
  void aReplayedHanCommandIsRefusedForItsCounter() throws Exception {
    joinBothWays(GbcsDeviceType.PPMID);
    meter.setCreditRemaining(1_000_000);
    ppmid.topUp(RtdsDeviceBench.GSME, utrn(20, 7), services).orElseThrow();

    Optional<byte[]> replayed = meter.receive(delivered.get(0), services);

    assertRefused(replayed, 3_000_000, Reason.COUNTER_NOT_INCREASING, SecurityAlertPolicy.AUTHENTICATION_FAILED);
  }

  @Test
  void aPpmidJoinedWithoutACertificateIsCheckedWithTheKeyOfItsOwnCertificate() throws Exception {
    DeviceJoins.join(meter, RtdsDeviceBench.PPMID, GbcsDeviceType.PPMID);
    DeviceJoins.join(ppmid, RtdsDeviceBench.GSME, GbcsDeviceType.GSME);
    meter.setCreditRemaining(0);

    byte[] response = ppmid.topUp(RtdsDeviceBench.GSME, utrn(20, 7), services).orElseThrow();

    assertThat(((PrepaymentCommands.ConsumerTopUpResponse) answer(response)).resultType()).isEqualTo(TopUp.ACCEPTED);
    assertThat(meter.creditRemaining()).isEqualTo(2_000_000);
  }

  @Test
  void onTheNetworkAPpmidReachesTheMeterOfItsOwnPremisesOnly() throws Exception {
    Ppmid elsewhere = new Ppmid(Eui64.parse("00-DB-12-34-56-78-91-A4"), BENCH.anchors());
    joinBothWays(GbcsDeviceType.PPMID);
    DeviceJoins.join(meter, elsewhere.id(), GbcsDeviceType.PPMID, certificate(elsewhere.id()));
    DeviceJoins.join(elsewhere, RtdsDeviceBench.GSME, GbcsDeviceType.GSME, certificate(RtdsDeviceBench.GSME));
    meter.setCreditRemaining(0);
    NetworkDirectory directory = new NetworkDirectory(null, WanSettings.defaults(), 1);
    directory.addPremises(new CommsHub(RtdsDeviceBench.CHF, BENCH.anchors()), List.of(meter, ppmid));
    directory.addPremises(new CommsHub(Eui64.parse("00-DB-12-34-56-78-91-A2"), BENCH.anchors()), List.of(elsewhere));
    DeviceMessageListener dcc = new DeviceMessageListener() {
      @Override
      public void onDeviceMessage(Eui64 device, byte[] gbcsMessage) {}

      @Override
      public void onUndeliverable(Eui64 device, byte[] gbcsMessage, String reason) {}
    };
    try (EmulatedWan wan = new EmulatedWan(directory, services, dcc, WanSettings.defaults(),
        new ManualTime(RtdsDeviceBench.RTDS_TIME), () -> new SplittableRandom(1))) {
      Optional<byte[]> mine = ppmid.topUp(RtdsDeviceBench.GSME, utrn(20, 7), wan.services());
      Optional<byte[]> theirs = elsewhere.topUp(RtdsDeviceBench.GSME, utrn(5, 8), wan.services());

      assertThat(((PrepaymentCommands.ConsumerTopUpResponse) answer(mine.orElseThrow())).resultType())
          .isEqualTo(TopUp.ACCEPTED);
      assertThat(theirs).isEmpty();
      assertThat(meter.creditRemaining()).isEqualTo(2_000_000);
      assertThat(meter.securityLog()).isEmpty();
    }
  }

  @Test
  void everyHanOnlyCommandOfTheRtdsIsOneAPpmidSends() throws Exception {
    MessageCodes codes = MessageCodes.standard();
    Set<Integer> han = new TreeSet<>();
    for (RtdsFiles.RtdsFile f : RtdsFiles.all()) {
      if (f.isCommand()) {
        int code = GbcsCodec.decode(f.bytes()).apdu().messageCode();
        if (codes.byCode(code).filter(c -> c.type() == MessageType.HAN_COMMAND).isPresent()) {
          han.add(code);
        }
      }
    }
    assertThat(han).containsExactly(Ppmid.EMERGENCY_CREDIT_MESSAGE_CODE, Ppmid.TOP_UP_MESSAGE_CODE);
  }

  private DeviceHan recording(DeviceHan han) {
    return (from, to, message, s) -> {
      delivered.add(message);
      return han.exchange(from, to, message, s);
    };
  }

  private void joinBothWays(GbcsDeviceType ppmidJoinedAs) {
    DeviceJoins.join(meter, RtdsDeviceBench.PPMID, ppmidJoinedAs, certificate(RtdsDeviceBench.PPMID));
    DeviceJoins.join(ppmid, RtdsDeviceBench.GSME, GbcsDeviceType.GSME, certificate(RtdsDeviceBench.GSME));
  }

  private static EncodedCertificate certificate(Eui64 device) {
    return EncodedCertificate.of(BENCH.keyring().certificate(device, KeyUsage.KEY_AGREEMENT).orElseThrow());
  }

  /** A UTRN of {@code pounds} for our meter, minted with the supplier's key at {@code counter}. */
  private static String utrn(int pounds, long counter) {
    byte[] z = new EcdhP256(CryptoProvider.BC).sharedSecret(
        BENCH.organisationKey(RtdsDeviceBench.SUPPLIER, KeyUsage.KEY_AGREEMENT),
        BENCH.ourDeviceKey(RtdsDeviceBench.GSME, KeyUsage.KEY_AGREEMENT));
    return Utrn.mint(Utrn.ValueClass.POUNDS, pounds, counter << 32, RtdsDeviceBench.SUPPLIER, RtdsDeviceBench.GSME, z);
  }

  private static ZclCommand answer(byte[] response) throws Exception {
    GbcsMessage m = GbcsCodec.decode(response);
    GbzPayload.UseCase payload = (GbzPayload.UseCase) GbzCodec.decode(m.apdu().content());
    return payload.components().get(0).command().orElseThrow();
  }

  /** The meter gave no response, kept its credit, logged one refusal for {@code reason} and raised {@code alertCode}. */
  private void assertRefused(Optional<byte[]> response, long credit, Reason reason, int alertCode) throws Exception {
    assertThat(response).as("no response").isEmpty();
    assertThat(meter.creditRemaining()).isEqualTo(credit);
    assertThat(meter.securityLog()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo(reason));
    assertThat(alertCodes()).containsExactly(alertCode);
  }

  private List<Integer> alertCodes() throws Exception {
    List<Integer> codes = new ArrayList<>();
    for (byte[] a : alerts) {
      codes.add(DeviceAlerts.alertCode(GbcsCodec.decode(a).apdu()));
    }
    return codes;
  }
}
