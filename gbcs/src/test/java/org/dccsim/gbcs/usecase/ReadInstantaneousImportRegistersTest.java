package org.dccsim.gbcs.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.OptionalLong;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.security.GbcsMac;
import org.dccsim.gbcs.security.MessageKeyDerivation;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsKeys;
import org.dccsim.gbcs.testing.RtdsKeys.Usage;
import org.dccsim.gbcs.usecase.ImportRegisterReadings.RegisterValue;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.SharedSecretCache;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** ECS17b against RTDS 4.5.0 folder 4.1.1_ECS17b. */
class ReadInstantaneousImportRegistersTest {

  private static final Logger LOG = LoggerFactory.getLogger(ReadInstantaneousImportRegistersTest.class);
  private static final String FOLDER = "4.1.1_ECS17b";
  private static final Eui64 SUPPLIER = Eui64.parse("90B3D51F30010000");
  private static final Eui64 NETWORK_OPERATOR = Eui64.parse("90B3D51F30020000");
  private static final Eui64 ESME = Eui64.parse("00DB1234567890A0");

  private final MessageKeyDerivation kdf =
      new MessageKeyDerivation(new SharedSecretCache(new EcdhP256(CryptoProvider.BC), 64));
  private final ReadInstantaneousImportRegisters ecs17b =
      new ReadInstantaneousImportRegisters(new SensitivePayloadCipher(kdf));

  private static GeneralSigningApdu rtds(String name) throws Exception {
    return GbcsCodec.decode(RtdsFiles.bytes(FOLDER, name)).apdu();
  }

  @Test
  void theCommandBuilderReproducesEveryRtdsCommandAndTheAcbMacCompletesIt() throws Exception {
    GbcsMac mac = new GbcsMac(kdf);
    PrivateKey acb = RtdsKeys.requirePrivateKey(Eui64.DCC_ACCESS_CONTROL_BROKER, Usage.KA);
    PublicKey esme = RtdsKeys.requirePublicKey(ESME, Usage.KA);
    record Case(String file, long counter, Eui64 requester) {}
    for (Case c :
        new Case[] {
          new Case("ECS17b_4.1.1_SINGLE_SUCCESS_COMMAND_GBCS.HEX", 1000, SUPPLIER),
          new Case("ECS17b_4.1.1_ERROR_COMMAND_GBCS.HEX", 1001, SUPPLIER),
          new Case("ECS17b_4.1.1_TWIN_SUCCESS_COMMAND_GBCS.HEX", 0x4B0, NETWORK_OPERATOR)
        }) {
      GeneralSigningApdu built = ReadInstantaneousImportRegisters.command(c.counter(), c.requester(), ESME);

      assertThat(built).as(c.file()).isEqualTo(rtds(c.file()));
      assertThat(mac.wrap(built, acb, esme)).isEqualTo(RtdsFiles.bytes(FOLDER, c.file()));
    }
  }

  @Test
  void theDeviceParsesTheRtdsCommandIntoWhoAskedAndUnderWhichCounter() throws Exception {
    assertThat(ReadInstantaneousImportRegisters.parseCommand(rtds("ECS17b_4.1.1_SINGLE_SUCCESS_COMMAND_GBCS.HEX")))
        .isEqualTo(new ReadInstantaneousImportRegisters.Request(1000, SUPPLIER, ESME));
  }

  @Test
  void anotherUseCasesCommandIsRefusedNamingTheMessageCode() throws Exception {
    GeneralSigningApdu ecs42 = GbcsCodec.decode(RtdsFiles.bytes("7.1_ECS42", "ECS42_7.1_SUCCESS_COMMAND_GBCS.HEX")).apdu();

    assertThatThrownBy(() -> ReadInstantaneousImportRegisters.parseCommand(ecs42))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("message code should be 0x0027, not 0x004F");
  }

  @Test
  void theSupplierDecryptsTheRtdsResponseRegisters() throws Exception {
    ImportRegisterReadings readings =
        ecs17b.parseResponse(
            rtds("ECS17b_4.1.1_SINGLE_SUCCESS_RESPONSE_GBCS.HEX"),
            RtdsKeys.requirePrivateKey(SUPPLIER, Usage.KA),
            RtdsKeys.requirePublicKey(ESME, Usage.KA));
    LOG.info("ECS17b SINGLE_SUCCESS response decrypted: {}", readings);

    assertThat(readings)
        .isEqualTo(
            new ImportRegisterReadings(
                new RegisterValue(10, 0, RegisterValue.UNIT_WATT_HOUR),
                new RegisterValue(10, 0, RegisterValue.UNIT_VAR_HOUR),
                OptionalLong.empty()));
  }

  @Test
  void theNetworkOperatorDecryptsTheTwinElementResponse() throws Exception {
    ImportRegisterReadings readings =
        ecs17b.parseResponse(
            rtds("ECS17b_4.1.1_TWIN_SUCCESS_RESPONSE_GBCS.HEX"),
            RtdsKeys.requirePrivateKey(NETWORK_OPERATOR, Usage.KA),
            RtdsKeys.requirePublicKey(ESME, Usage.KA));
    LOG.info("ECS17b TWIN_SUCCESS response decrypted: {}", readings);

    assertThat(readings.activeImport().value()).isEqualTo(10);
    assertThat(readings.secondElementActiveImport()).hasValue(10);
  }

  @Test
  void reEncryptingTheSamePlaintextWithTheSameKeysAndCounterReproducesTheRtdsResponse()
      throws Exception {
    GeneralSigningApdu original = rtds("ECS17b_4.1.1_SINGLE_SUCCESS_RESPONSE_GBCS.HEX");
    PrivateKey supplierKa = RtdsKeys.requirePrivateKey(SUPPLIER, Usage.KA);
    PublicKey esmeKa = RtdsKeys.requirePublicKey(ESME, Usage.KA);
    ImportRegisterReadings readings = ecs17b.parseResponse(original, supplierKa, esmeKa);

    // ECDH is symmetric: the supplier's private key with the ESME's public key gives the ESME's Z
    GeneralSigningApdu rebuilt =
        ecs17b.response(
            new ReadInstantaneousImportRegisters.Request(1000, SUPPLIER, ESME),
            readings,
            original.header().dateTime(),
            supplierKa,
            esmeKa);

    assertThat(rebuilt.content()).isEqualTo(original.content());
    assertThat(rebuilt).isEqualTo(original);
  }

  @Test
  void aResponseReadWithTheWrongRequestersKeyDoesNotDecrypt() throws Exception {
    assertThatThrownBy(
            () ->
                ecs17b.parseResponse(
                    rtds("ECS17b_4.1.1_SINGLE_SUCCESS_RESPONSE_GBCS.HEX"),
                    RtdsKeys.requirePrivateKey(NETWORK_OPERATOR, Usage.KA),
                    RtdsKeys.requirePublicKey(ESME, Usage.KA)))
        .isInstanceOf(org.dccsim.gbcs.security.GbcsSecurityException.class);
  }

  @Test
  void theErrorResponseIsAFailedActionNotReadings() throws Exception {
    assertThatThrownBy(
            () ->
                ecs17b.parseResponse(
                    rtds("ECS17b_4.1.1_ERROR_RESPONSE_GBCS.HEX"),
                    RtdsKeys.requirePrivateKey(SUPPLIER, Usage.KA),
                    RtdsKeys.requirePublicKey(ESME, Usage.KA)))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("action result");
  }
}
