package org.dccsim.device.esme;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dccsim.device.DeviceCondition;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.SecurityAlertPolicy;
import org.dccsim.gbcs.alert.DeviceAlerts;
import org.dccsim.smki.KeyUsage;
import org.dccsim.device.SecurityEvent;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.security.CommandRejected.Reason;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.EnableSupply;
import org.dccsim.gbcs.usecase.ImportRegisterReadings;
import org.dccsim.gbcs.usecase.ReadInstantaneousImportRegisters;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.junit.jupiter.api.Test;

/** Drives GBCS commands into an emulated ESME and checks its answers and its refusals. */
class EsmeTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 OPERATOR = Eui64.parse("90-B3-D5-1F-30-02-00-00");
  private static final Eui64 ACB = Eui64.DCC_ACCESS_CONTROL_BROKER;

  private final Instant now = Instant.parse("2026-11-28T12:00:00Z");
  private final KeyPair esmeDs = EcKeys.generate(RANDOM);
  private final KeyPair esmeKa = EcKeys.generate(RANDOM);
  private final List<byte[]> uplinked = new CopyOnWriteArrayList<>();
  private final DeviceServices services = DeviceServices.create(Clock.fixed(now, ZoneOffset.UTC), CryptoProvider.BC,
          (eui, usage) -> usage == KeyUsage.DIGITAL_SIGNATURE ? esmeDs.getPrivate() : esmeKa.getPrivate())
      .withUplink((device, message) -> uplinked.add(message));
  private final KeyPair supplierDs = EcKeys.generate(RANDOM);
  private final KeyPair supplierKa = EcKeys.generate(RANDOM);
  private final KeyPair operatorDs = EcKeys.generate(RANDOM);
  private final KeyPair operatorKa = EcKeys.generate(RANDOM);
  private final KeyPair acbKa = EcKeys.generate(RANDOM);
  private final Esme esme = new Esme(ESME,
      TrustAnchors.of(
          new TrustAnchor(RemotePartyRole.SUPPLIER, SUPPLIER, supplierDs.getPublic(), supplierKa.getPublic()),
          new TrustAnchor(RemotePartyRole.NETWORK_OPERATOR, OPERATOR, operatorDs.getPublic(), operatorKa.getPublic()),
          new TrustAnchor(RemotePartyRole.ACCESS_CONTROL_BROKER, ACB, null, acbKa.getPublic())),
      SupplyState.DISABLED);

  @Test
  void readsItsImportRegistersEncryptedAndMacedForTheRequester() throws Exception {
    byte[] command = acbWrap(ReadInstantaneousImportRegisters.command(1000, SUPPLIER, ESME));

    byte[] response = esme.receive(command, services).orElseThrow();

    GbcsMessage decoded = GbcsCodec.decode(response);
    GeneralSigningApdu apdu = decoded.apdu();
    assertThat(apdu.cra()).isEqualTo(CraFlag.RESPONSE);
    assertThat(apdu.originatorCounter()).isEqualTo(1000);
    assertThat(apdu.originator()).isEqualTo(ESME);
    assertThat(apdu.recipient()).isEqualTo(SUPPLIER);
    assertThat(services.mac().verify(decoded, supplierKa.getPrivate(), esmeKa.getPublic())).isTrue();
    ImportRegisterReadings readings = new ReadInstantaneousImportRegisters(services.payloadCipher())
        .parseResponse(apdu, supplierKa.getPrivate(), esmeKa.getPublic());
    assertThat(readings.activeImport().value()).isEqualTo(ConsumptionModel.activeImportWh(esme.seed(), now));
    assertThat(readings.reactiveImport().value()).isEqualTo(ConsumptionModel.reactiveImportVarh(esme.seed(), now));
  }

  @Test
  void enablesSupplyOnASignedCommandAndSignsItsResponse() throws Exception {
    byte[] command = acbWrap(signed(EnableSupply.preCommand(1000, SUPPLIER, ESME), supplierDs));

    byte[] response = esme.receive(command, services).orElseThrow();

    GeneralSigningApdu apdu = GbcsCodec.decodeApdu(response);
    assertThat(apdu.cra()).isEqualTo(CraFlag.RESPONSE);
    assertThat(services.signer().verify(apdu, esmeDs.getPublic())).isTrue();
    assertThat(EnableSupply.parseResponse(apdu)).isZero();
    assertThat(esme.supplyState()).isEqualTo(SupplyState.ENABLED);
    assertThat(esme.lastCounter(RemotePartyRole.SUPPLIER)).isEqualTo(1000);
  }

  @Test
  void aWrongMacIsRefusedWithoutAnswer() {
    byte[] command = acbWrap(ReadInstantaneousImportRegisters.command(1000, SUPPLIER, ESME));
    command[command.length - 1] ^= 1;
    assertRefused(command, Reason.MAC_INVALID);
  }

  @Test
  void aReplayedOrStaleCounterIsRefused() {
    byte[] first = acbWrap(ReadInstantaneousImportRegisters.command(2000, SUPPLIER, ESME));
    assertThat(esme.receive(first, services)).isPresent();
    assertRefused(first, Reason.COUNTER_NOT_INCREASING);
    assertRefused(acbWrap(ReadInstantaneousImportRegisters.command(1999, SUPPLIER, ESME)), Reason.COUNTER_NOT_INCREASING);
    assertThat(esme.receive(acbWrap(ReadInstantaneousImportRegisters.command(1000, OPERATOR, ESME)), services))
        .as("each role has its own counter").isPresent();
  }

  @Test
  void aRoleThatMayNotSendTheUseCaseIsRefused() {
    byte[] command = acbWrap(signed(EnableSupply.preCommand(1000, OPERATOR, ESME), operatorDs));
    assertRefused(command, Reason.SENDER_NOT_AUTHORISED);
    assertThat(esme.supplyState()).isEqualTo(SupplyState.DISABLED);
  }

  @Test
  void aCriticalCommandWithABadOrMissingSignatureIsRefused() {
    assertRefused(acbWrap(signed(EnableSupply.preCommand(1000, SUPPLIER, ESME), operatorDs)), Reason.SIGNATURE_INVALID);
    assertRefused(acbWrap(EnableSupply.preCommand(1001, SUPPLIER, ESME)), Reason.SIGNATURE_MISSING);
    assertThat(esme.supplyState()).isEqualTo(SupplyState.DISABLED);
    assertThat(esme.lastCounter(RemotePartyRole.SUPPLIER)).as("refused commands do not move the counter").isZero();
  }

  @Test
  void aCommandForAnotherDeviceOrGarbageIsRefused() {
    Eui64 other = Eui64.parse("00-DB-12-34-56-78-90-A1");
    assertRefused(acbWrap(ReadInstantaneousImportRegisters.command(1000, SUPPLIER, other)),
        Reason.NOT_FOR_THIS_DEVICE);
    assertRefused(new byte[] {(byte) 0xDD, 0, 1}, Reason.MALFORMED);
  }

  private byte[] acbWrap(GeneralSigningApdu apdu) {
    return services.mac().wrap(apdu, acbKa.getPrivate(), esmeKa.getPublic());
  }

  private GeneralSigningApdu signed(GeneralSigningApdu preCommand, KeyPair ds) {
    return services.signer().sign(preCommand, ds.getPrivate());
  }

  @Test
  void aRefusalRaisesTheGenericAlertOfItsCheckSignedForTheSupplier() throws Exception {
    byte[] command = acbWrap(signed(EnableSupply.preCommand(1000, OPERATOR, ESME), operatorDs));
    esme.setAlertCounter(1999);

    assertRefused(command, Reason.SENDER_NOT_AUTHORISED);

    assertThat(uplinked).hasSize(1);
    GeneralSigningApdu alert = GbcsCodec.decode(uplinked.get(0)).apdu();
    assertThat(alert.cra()).isEqualTo(CraFlag.ALERT);
    assertThat(alert.originator()).isEqualTo(ESME);
    assertThat(alert.recipient()).isEqualTo(SUPPLIER);
    assertThat(alert.originatorCounter()).isEqualTo(2000);
    assertThat(alert.messageCode()).isEqualTo(EmulatedDevice.GENERIC_CRITICAL_ALERT);
    assertThat(DeviceAlerts.alertCode(alert)).isEqualTo(SecurityAlertPolicy.SOURCE_NOT_AUTHORISED);
    assertThat(services.signer().verify(alert, esmeDs.getPublic())).isTrue();
  }

  @Test
  void aSilentPolicyOnlyLogs() {
    DeviceServices quiet = services.withSecurityAlerts(SecurityAlertPolicy.silent());
    byte[] command = acbWrap(ReadInstantaneousImportRegisters.command(1000, SUPPLIER, ESME));
    command[command.length - 1] ^= 1;

    assertThat(esme.receive(command, quiet)).isEmpty();

    assertThat(esme.securityLog()).hasSize(1);
    assertThat(uplinked).isEmpty();
  }

  @Test
  void anUnpoweredOrSilentMeterDoesNotAnswer() {
    esme.setCondition(DeviceCondition.NORMAL.withAnswering(false));
    assertThat(esme.receive(acbWrap(ReadInstantaneousImportRegisters.command(1000, SUPPLIER, ESME)), services)).isEmpty();
    assertThat(esme.lastCounter(RemotePartyRole.SUPPLIER)).as("it still received the command").isEqualTo(1000);

    esme.setCondition(DeviceCondition.NORMAL.withPowered(false));
    assertThat(esme.receive(acbWrap(ReadInstantaneousImportRegisters.command(1001, SUPPLIER, ESME)), services)).isEmpty();
    assertThat(esme.lastCounter(RemotePartyRole.SUPPLIER)).as("an unpowered meter receives nothing").isEqualTo(1000);

    esme.setCondition(DeviceCondition.NORMAL);
    assertThat(esme.receive(acbWrap(ReadInstantaneousImportRegisters.command(1002, SUPPLIER, ESME)), services)).isPresent();
  }

  private void assertRefused(byte[] command, Reason reason) {
    Optional<byte[]> response = esme.receive(command, services);
    assertThat(response).isEmpty();
    SecurityEvent last = esme.securityLog().get(esme.securityLog().size() - 1);
    assertThat(last.reason()).isEqualTo(reason);
  }
}
