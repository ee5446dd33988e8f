package org.dccsim.device.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.SecurityEvent;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.chf.CommsHub;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.gpf.Gpf;
import org.dccsim.device.gsme.Gsme;
import org.dccsim.device.security.CommandRejected.Reason;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.alert.DeviceAlerts;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.device.dlms.Obis;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every GBCS check of item 2, on every family that is on the WAN: a command that fails one gets
 * no response, a security log entry, and exactly one generic alert to the supplier with the code
 * the policy gives the check (8F53 for a wrong MAC or a stale counter, 8F30 for a role the use
 * case does not allow, 8F3D for a bad signature), signed by the device. RTDS commands, re-MACed
 * for our devices, are the starting point; the PPMID and HCALCS (no WAN) are in HanDevicesTest.
 */
class SecurityChecksTest {

  private static final RtdsDeviceBench BENCH = RtdsDeviceBench.create();
  private static final Instant NOW = RtdsDeviceBench.RTDS_TIME;

  /** A family: how to make one, a non-critical and (where the RTDS has one) a critical command. */
  record Family(String name, BiFunction<Eui64, TrustAnchors, EmulatedDevice> make, Eui64 id,
      String[] nonCritical, String[] critical) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The families with a critical command of their own in the RTDS (the CHF's role checks are in HanDevicesTest). */
  static Stream<Arguments> criticalFamilies() {
    return families().filter(a -> ((Family) a.get()[0]).critical() != null);
  }

  static Stream<Arguments> families() {
    return Stream.of(
        new Family("ESME", Esme::new, RtdsDeviceBench.ESME,
            new String[] {"4.1.1_ECS17b", "ECS17b_4.1.1_SINGLE_SUCCESS_COMMAND_GBCS.HEX"},
            new String[] {"7.1_ECS42", "ECS42_7.1_SUCCESS_COMMAND_GBCS.HEX"}),
        new Family("GSME", Gsme::new, RtdsDeviceBench.GSME,
            new String[] {"4.1.1_GCS13a", "GCS13a_4.1.1_SUCCESS_UNRELIABLE_COMMAND_GBCS.HEX"},
            new String[] {"7.3_GCS39", "GCS39_7.3_SUCCESS_COMMAND_GBCS.HEX"}),
        new Family("GPF", Gpf::new, RtdsDeviceBench.GPF,
            new String[] {"4.1.1_GCS13a", "GCS13a_4.1.1_SUCCESS_RELIABLE_GPF_COMMAND_GBCS.HEX"}, null),
        new Family("CHF", CommsHub::new, RtdsDeviceBench.CHF,
            new String[] {"8.9_CCS06", "CCS06_8.9_SUCCESS_COMMAND_GBCS.HEX"}, null))
        .map(Arguments::of);
  }

  private final List<byte[]> alerts = new CopyOnWriteArrayList<>();
  private final DeviceServices services = BENCH.services(NOW, (device, message) -> alerts.add(message));

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void aWrongMacGetsNoAnswerAndRaises8F53(Family f) throws Exception {
    EmulatedDevice device = f.make().apply(f.id(), BENCH.anchors());
    byte[] command = command(f.nonCritical());
    command[command.length - 1] ^= 1;

    assertRefusedWithAlert(device, command, Reason.MAC_INVALID, SecurityAlertPolicy.AUTHENTICATION_FAILED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void aReplayedCounterGetsNoAnswerAndRaises8F53(Family f) throws Exception {
    EmulatedDevice device = f.make().apply(f.id(), BENCH.anchors());
    byte[] command = command(f.nonCritical());
    assertThat(device.receive(command, services)).as("the first time").isPresent();

    assertRefusedWithAlert(device, command, Reason.COUNTER_NOT_INCREASING, SecurityAlertPolicy.AUTHENTICATION_FAILED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("criticalFamilies")
  void aRoleTheUseCaseDoesNotAllowGetsNoAnswerAndRaises8F30(Family f) throws Exception {
    EmulatedDevice device = f.make().apply(f.id(), BENCH.anchors());
    GeneralSigningApdu original = GbcsCodec.decode(RtdsFiles.bytes(f.critical()[0], f.critical()[1])).apdu();
    GroupingHeader h = original.header();
    GeneralSigningApdu fromOperator = GeneralSigningApdu.create(new GroupingHeader(h.cra(), h.originatorCounter(),
        RtdsDeviceBench.NETWORK_OPERATOR, h.recipient(), h.dateTime(), h.otherInformation()),
        original.content(), SignatureField.NULL);
    // signed properly by the network operator: only its role is wrong
    GeneralSigningApdu signed = services.signer().sign(fromOperator,
        BENCH.organisationKey(RtdsDeviceBench.NETWORK_OPERATOR, KeyUsage.DIGITAL_SIGNATURE));

    assertRefusedWithAlert(device, macForOurDevice(signed), Reason.SENDER_NOT_AUTHORISED,
        SecurityAlertPolicy.SOURCE_NOT_AUTHORISED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("criticalFamilies")
  void aBadSignatureGetsNoAnswerAndRaises8F3D(Family f) throws Exception {
    EmulatedDevice device = f.make().apply(f.id(), BENCH.anchors());
    byte[] original = RtdsFiles.bytes(f.critical()[0], f.critical()[1]);
    GbcsMessage m = GbcsCodec.decode(original);
    int signatureEnd = m.isMacProtected() ? original.length - 12 : original.length;
    original[signatureEnd - 5] ^= 1;

    assertRefusedWithAlert(device, BENCH.forOurDevice(original), Reason.SIGNATURE_INVALID,
        SecurityAlertPolicy.TRUSTED_SOURCE_AUTHENTICATION_FAILED);
  }

  private void assertRefusedWithAlert(EmulatedDevice device, byte[] command, Reason reason, int alertCode)
      throws Exception {
    alerts.clear();
    Optional<byte[]> response = device.receive(command, services);

    assertThat(response).as("no response").isEmpty();
    SecurityEvent last = device.securityLog().get(device.securityLog().size() - 1);
    assertThat(last.reason()).isEqualTo(reason);
    assertThat(alerts).as("one alert").hasSize(1);
    GeneralSigningApdu alert = GbcsCodec.decode(alerts.get(0)).apdu();
    assertThat(alert.cra()).isEqualTo(CraFlag.ALERT);
    assertThat(alert.originator()).isEqualTo(device.id());
    assertThat(alert.recipient()).isEqualTo(RtdsDeviceBench.SUPPLIER);
    assertThat(DeviceAlerts.alertCode(alert)).isEqualTo(alertCode);
    assertThat(services.signer().verify(alert, BENCH.ourDeviceKey(device.id(), KeyUsage.DIGITAL_SIGNATURE)))
        .as("a security alert is critical: signed by the device").isTrue();
    if (device instanceof Esme esme) {
      // the meter's security log (ECS35b) lists the refusal with its code; its event log does not
      org.dccsim.device.dlms.CosemContext context =
          new org.dccsim.device.dlms.CosemContext(esme.cosemEngine(), services, NOW, null);
      DlmsData security = esme.cosemEngine().get(esme,
          new CosemDescriptor(7, Obis.of("0-0:99.98.1.255"), 2), null, context);
      assertThat(((DlmsData.CompactArray) security).elements()).last().isEqualTo(DlmsData.structure(
          DlmsData.doubleLongUnsigned(org.dccsim.device.dlms.TimeRange.secondsSince2000(last.at())),
          DlmsData.longUnsigned(alertCode)));
      DlmsData events = esme.cosemEngine().get(esme, new CosemDescriptor(7, Obis.of("0-0:99.98.0.255"), 2), null,
          context);
      assertThat(((DlmsData.CompactArray) events).elements()).isEmpty();
    }
  }

  private static byte[] command(String[] file) {
    return BENCH.forOurDevice(RtdsFiles.bytes(file[0], file[1]));
  }

  private byte[] macForOurDevice(GeneralSigningApdu apdu) {
    return services.mac().wrap(apdu, BENCH.organisationKey(RtdsDeviceBench.ACCESS_CONTROL_BROKER, KeyUsage.KEY_AGREEMENT),
        BENCH.ourDeviceKey(apdu.recipient(), KeyUsage.KEY_AGREEMENT));
  }
}
