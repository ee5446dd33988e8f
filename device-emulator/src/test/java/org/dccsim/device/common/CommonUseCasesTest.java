package org.dccsim.device.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dccsim.device.DeviceScheduler;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected.Reason;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.alert.DeviceAlerts;
import org.dccsim.gbcs.asn1.ActivateFirmware;
import org.dccsim.gbcs.asn1.CertificateKeyUsage;
import org.dccsim.gbcs.asn1.DerPayload;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.gbcs.asn1.IssueSecurityCredentials;
import org.dccsim.gbcs.asn1.ProvideDeviceCertificate;
import org.dccsim.gbcs.asn1.ReadDeviceJoinDetails;
import org.dccsim.gbcs.asn1.UnjoinDevice;
import org.dccsim.gbcs.asn1.UpdateDeviceCertificate;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.crypto.EcKeys;
import org.junit.jupiter.api.Test;

/**
 * What the shared use cases write is what later commands meet: new trust anchors verify and old
 * ones no longer do, a generated key pair is certified and then used, a held image is activated
 * now or at its time (or not at all once cancelled), joins show in the device log.
 */
class CommonUseCasesTest {

  private static final RtdsDeviceBench BENCH = HanRtdsConformanceTest.BENCH;
  private static final Instant EXECUTION = Instant.parse("2015-01-02T00:00:00Z");

  private final List<byte[]> alerts = new CopyOnWriteArrayList<>();
  private final List<Runnable> due = new ArrayList<>();
  private final DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> alerts.add(m));
  private final DeviceServices later = services.withScheduler((at, task) -> due.add(task));

  @Test
  void aDeviceCertifiesTheKeyPairItGeneratedAndSignsWithItFromThenOn() throws Exception {
    EmulatedDevice esme = new StandInDevice(RtdsDeviceBench.ESME, BENCH.anchors(), DeviceType.ESME);
    PublicKey original = OwnCertificates.publicKey(esme, KeyUsage.DIGITAL_SIGNATURE, services);

    var issued = (IssueSecurityCredentials.Response) der(esme.receive(resend("6.17_CS02c",
        "CS02c_6.17_SUCCESS_COMMAND_GBCS.HEX", 2000,
        new IssueSecurityCredentials.Command(CertificateKeyUsage.DIGITAL_SIGNATURE).toDer()), services).orElseThrow());
    PublicKey generated = EcKeys.publicKeyFromSpki(
        issued.certificationRequest().orElseThrow().toBouncyCastle().getCertificationRequestInfo()
            .getSubjectPublicKeyInfo().getEncoded());
    assertThat(OwnCertificates.pendingGeneration(esme, KeyUsage.DIGITAL_SIGNATURE)).isEqualTo(1);
    assertThat(OwnCertificates.keyGeneration(esme, KeyUsage.DIGITAL_SIGNATURE)).as("still the old pair").isZero();
    assertThat(OwnCertificates.sameKey(generated, original)).isFalse();

    SmkiCertificate certificate = BENCH.deviceCertificateIssuer()
        .issueDevice(RtdsDeviceBench.ESME, KeyUsage.DIGITAL_SIGNATURE, generated);
    byte[] updated = esme.receive(resend("6.15.2_CS02d", "CS02d_6.15.2_SUCCESS_COMMAND_GBCS.HEX", 2001,
        new UpdateDeviceCertificate.Command(EncodedCertificate.of(certificate.der())).toDer()), services).orElseThrow();
    assertThat(((UpdateDeviceCertificate.Response) der(updated)).code())
        .isEqualTo(UpdateDeviceCertificate.ResponseCode.SUCCESS);
    assertThat(services.signer().verify(apdu(updated), original)).as("answered with the pair in use then").isTrue();
    assertThat(OwnCertificates.keyGeneration(esme, KeyUsage.DIGITAL_SIGNATURE)).isEqualTo(1);

    byte[] provided = esme.receive(resend("6.24.2_CS02e", "CS02e_6.24.2_SUCCESS_COMMAND_GBCS.HEX", 2002,
        new ProvideDeviceCertificate.Command(CertificateKeyUsage.DIGITAL_SIGNATURE).toDer()), services).orElseThrow();
    assertThat(((ProvideDeviceCertificate.Response) der(provided)).certificate().orElseThrow().der().toByteArray())
        .isEqualTo(certificate.der());
    assertThat(services.signer().verify(apdu(provided), generated)).as("signed with the new pair").isTrue();
    assertThat(services.signer().verify(apdu(provided), original)).isFalse();
  }

  @Test
  void aCertificateForAKeyTheDeviceDidNotGenerateIsRefusedAndChangesNothing() throws Exception {
    EmulatedDevice esme = new StandInDevice(RtdsDeviceBench.ESME, BENCH.anchors(), DeviceType.ESME);
    esme.receive(resend("6.17_CS02c", "CS02c_6.17_SUCCESS_COMMAND_GBCS.HEX", 2000,
        new IssueSecurityCredentials.Command(CertificateKeyUsage.DIGITAL_SIGNATURE).toDer()), services).orElseThrow();
    SmkiCertificate foreign = BENCH.deviceCertificateIssuer().issueDevice(RtdsDeviceBench.ESME,
        KeyUsage.DIGITAL_SIGNATURE, EcKeys.generate(new java.security.SecureRandom()).getPublic());

    byte[] updated = esme.receive(resend("6.15.2_CS02d", "CS02d_6.15.2_SUCCESS_COMMAND_GBCS.HEX", 2001,
        new UpdateDeviceCertificate.Command(EncodedCertificate.of(foreign.der())).toDer()), services).orElseThrow();

    assertThat(((UpdateDeviceCertificate.Response) der(updated)).code())
        .isEqualTo(UpdateDeviceCertificate.ResponseCode.WRONG_PUBLIC_KEY);
    assertThat(OwnCertificates.keyGeneration(esme, KeyUsage.DIGITAL_SIGNATURE)).isZero();
  }

  @Test
  void aReplacedSupplierAnchorVerifiesTheNewKeyAndRefusesTheOld() throws Exception {
    EmulatedDevice esme = new StandInDevice(RtdsDeviceBench.ESME, BENCH.anchors(), DeviceType.ESME);
    byte[] command = RtdsFiles.bytes("6.15.1_CS02bSupplierBySupplier",
        "CS02bSupplierBySupplier_6.15.1_IMMEDIATE_SUCCESS_COMMAND_GBCS.HEX");
    var request = (UpdateSecurityCredentials.Command) der(command);
    PublicKey replacing = request.replacements().get(0).certificate().toSmki().publicKey();

    assertThat(esme.receive(BENCH.forOurDevice(command), services)).isPresent();

    assertThat(esme.anchors().forRole(RemotePartyRole.SUPPLIER).orElseThrow().signingKey()).isEqualTo(replacing);
    assertThat(esme.lastCounter(RemotePartyRole.SUPPLIER)).as("the new floor").isZero();
    assertThat(esme.receive(resend("6.24.2_CS02e", "CS02e_6.24.2_SUCCESS_COMMAND_GBCS.HEX", 5000, null), services))
        .isEmpty();
    assertThat(esme.securityLog().get(esme.securityLog().size() - 1).reason()).isEqualTo(Reason.SIGNATURE_INVALID);
  }

  @Test
  void aHeldImageIsActivatedAtOnceOrAtItsTimeWithTheOutcomeAlertedAndNotAtAllOnceCancelled() throws Exception {
    byte[] hash = ((ActivateFirmware.Command) der(RtdsFiles.bytes("11.3_CS06",
        "CS06_11.3_IMMEDIATE_SUCCESS_COMMAND_GBCS.HEX"))).manufacturerImageHash().toByteArray();
    ByteSlice version = ByteSlice.copyOf(new byte[] {2, 0, 0, 1});

    EmulatedDevice now = new StandInDevice(RtdsDeviceBench.ESME, BENCH.anchors(), DeviceType.ESME);
    assertThat(DeviceFirmware.receive(now, new DeviceFirmware.Image(ByteSlice.copyOf(hash), version), services))
        .isTrue();
    assertThat(DeviceAlerts.alertCode(apdu(alerts.get(0)))).isEqualTo(DeviceFirmware.VERIFICATION_SUCCESSFUL);
    assertThat(now.receive(activation(hash, 2000, Optional.empty()), services)).isPresent();
    assertThat(DeviceFirmware.version(now)).isEqualTo(version);
    assertThat(DeviceFirmware.heldImage(now)).isEmpty();

    EmulatedDevice atItsTime = new StandInDevice(RtdsDeviceBench.ESME, BENCH.anchors(), DeviceType.ESME);
    DeviceFirmware.hold(atItsTime, new DeviceFirmware.Image(ByteSlice.copyOf(hash), version));
    alerts.clear();
    assertThat(atItsTime.receive(activation(hash, 2000, Optional.of(EXECUTION)), later)).isPresent();
    assertThat(DeviceFirmware.version(atItsTime)).as("not before its time").isNotEqualTo(version);
    due.forEach(Runnable::run);
    assertThat(DeviceFirmware.version(atItsTime)).isEqualTo(version);
    assertThat(alerts).hasSize(1);
    assertThat(apdu(alerts.get(0)).messageCode()).isEqualTo(ActivateFirmwareUseCase.ALERT_MESSAGE_CODE);
    assertThat(((ActivateFirmware.Alert) der(alerts.get(0))).alertCode())
        .isEqualTo(UpdateSecurityCredentialsUseCase.EXECUTED);

    EmulatedDevice cancelled = new StandInDevice(RtdsDeviceBench.ESME, BENCH.anchors(), DeviceType.ESME);
    DeviceFirmware.hold(cancelled, new DeviceFirmware.Image(ByteSlice.copyOf(hash), version));
    due.clear();
    alerts.clear();
    assertThat(cancelled.receive(activation(hash, 2000, Optional.of(EXECUTION)), later)).isPresent();
    assertThat(cancelled.receive(activation(hash, 2001, Optional.of(PendingCommands.CANCELLATION)), later))
        .isPresent();
    due.forEach(Runnable::run);
    assertThat(DeviceFirmware.version(cancelled)).isNotEqualTo(version);
    assertThat(alerts).isEmpty();
  }

  @Test
  void aGsmeJoinsItsGpfByMethodBReadsItBackAndUnjoinsIt() throws Exception {
    EmulatedDevice gsme = new StandInDevice(RtdsDeviceBench.GSME, BENCH.anchors(), DeviceType.GSME);
    assertThat(gsme.receive(BENCH.forOurDevice(RtdsFiles.bytes("8.7.2_CS03B", "CS03B_8.7.2_SUCCESS_COMMAND_GBCS.HEX")),
        services)).isPresent();
    Eui64 gpf = DeviceJoins.peers(gsme).get(0).deviceId();
    assertThat(DeviceJoins.peers(gsme).get(0).deviceType()).isEqualTo(GbcsDeviceType.GPF);

    var read = (ReadDeviceJoinDetails.Response) der(gsme.receive(
        resend("8.9_CS07", "CS07_8.9_SUCCESS_COMMAND_GBCS.HEX", 3000, null), services).orElseThrow());
    assertThat(read.entries().orElseThrow()).containsExactlyElementsOf(DeviceJoins.peers(gsme));

    var unjoined = (UnjoinDevice.Response) der(gsme.receive(resend("8.8.2_CS04B",
        "CS04B_8.8.2_SUCCESS_COMMAND_GBCS.HEX", 3001, new UnjoinDevice.Command(gpf).toDer()), services).orElseThrow());
    assertThat(unjoined.code()).isEqualTo(UnjoinDevice.ResponseCode.SUCCESS);
    assertThat(DeviceJoins.peers(gsme)).isEmpty();
  }

  @Test
  void theIhdAnswersNoSharedUseCaseAndHanDevicesOnlyTheirs() {
    assertThat(CommonUseCases.forType(DeviceType.IHD)).isEmpty();
    assertThat(CommonUseCases.forType(DeviceType.HCALCS)).extracting(u -> u.messageCode())
        .contains(JoinDeviceUseCase.CS03A2, ReadHanDeviceFirmwareVersionUseCase.MESSAGE_CODE)
        .doesNotContain(JoinDeviceUseCase.CS03C, ActivateFirmwareUseCase.MESSAGE_CODE);
    assertThat(CommonUseCases.forType(DeviceType.ESME)).extracting(u -> u.messageCode()).contains(0x0125, 0x0126);
    assertThat(CommonUseCases.forType(DeviceType.CHF)).extracting(u -> u.messageCode()).doesNotContain(0x0125);
  }

  /** A CS06 for {@code hash}, its counter in header and payload, signed by the RTDS supplier. */
  private byte[] activation(byte[] hash, long counter, Optional<Instant> at) throws Exception {
    return resend("11.3_CS06", "CS06_11.3_IMMEDIATE_SUCCESS_COMMAND_GBCS.HEX", counter,
        new ActivateFirmware.Command(ByteSlice.copyOf(hash), counter, at).toDer());
  }

  /**
   * An RTDS command sent again with another counter and, when given, another payload: signed again
   * by its originator when it was signed, MACed by the ACB for our device when it was MACed.
   */
  private byte[] resend(String folder, String name, long counter, byte[] payload) throws Exception {
    GbcsMessage m = GbcsCodec.decode(RtdsFiles.bytes(folder, name));
    GroupingHeader h = m.apdu().header();
    GroupingHeader header = new GroupingHeader(h.cra(), counter, h.originator(), h.recipient(), h.dateTime(),
        h.otherInformation());
    GeneralSigningApdu unsigned = GeneralSigningApdu.create(header,
        payload == null ? m.apdu().content() : ByteSlice.copyOf(payload), SignatureField.NULL);
    GeneralSigningApdu apdu = m.apdu().signature().isPresent()
        ? services.signer().sign(unsigned, BENCH.organisationKey(h.originator(), KeyUsage.DIGITAL_SIGNATURE))
        : unsigned;
    return m.isMacProtected()
        ? services.mac().wrap(apdu,
            BENCH.organisationKey(RtdsDeviceBench.ACCESS_CONTROL_BROKER, KeyUsage.KEY_AGREEMENT),
            BENCH.ourDeviceKey(h.recipient(), KeyUsage.KEY_AGREEMENT))
        : apdu.encoded().toByteArray();
  }

  private static GeneralSigningApdu apdu(byte[] message) {
    try {
      return GbcsCodec.decode(message).apdu();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static DerPayload der(byte[] message) {
    try {
      return DerPayloadCodec.decode(apdu(message)).payload();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
