package org.dccsim.gbcs.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.security.GbcsSigner;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsKeys;
import org.dccsim.gbcs.testing.RtdsKeys.Usage;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdsaP256;
import org.junit.jupiter.api.Test;

/** ECS42 against RTDS 4.5.0 folder 7.1_ECS42. */
class EnableSupplyTest {

  private static final String FOLDER = "7.1_ECS42";
  private static final Eui64 SUPPLIER = Eui64.parse("90B3D51F30010000");
  private static final Eui64 ESME = Eui64.parse("00DB1234567890A0");

  private static GeneralSigningApdu rtds(String name) throws Exception {
    return GbcsCodec.decode(RtdsFiles.bytes(FOLDER, name)).apdu();
  }

  @Test
  void thePreCommandWithoutSignatureFieldIsTheRtdsPreCommand() {
    assertThat(EnableSupply.preCommand(1000, SUPPLIER, ESME, SignatureField.ABSENT).encoded().toByteArray())
        .isEqualTo(RtdsFiles.bytes(FOLDER, "ECS42_7.1_SUCCESS_PRECOMMAND_GBCS.HEX"));
    assertThat(EnableSupply.preCommand(1001, SUPPLIER, ESME, SignatureField.ABSENT).encoded().toByteArray())
        .isEqualTo(RtdsFiles.bytes(FOLDER, "ECS42_7.1_ERROR_PRECOMMAND_GBCS.HEX"));
  }

  @Test
  void theDefaultPreCommandEndsWithTheNullSignatureThatDuisAsksFor() {
    byte[] rtds = RtdsFiles.bytes(FOLDER, "ECS42_7.1_SUCCESS_PRECOMMAND_GBCS.HEX");
    byte[] duis = EnableSupply.preCommand(1000, SUPPLIER, ESME).encoded().toByteArray();

    assertThat(duis).hasSize(rtds.length + 1).startsWith(rtds).endsWith(0x00);
  }

  @Test
  void theSignedPreCommandHasTheRtdsCommandsSignedSpanAndVerifies() throws Exception {
    GbcsSigner signer = new GbcsSigner(new EcdsaP256(CryptoProvider.BC));
    GeneralSigningApdu signed =
        signer.sign(EnableSupply.preCommand(1000, SUPPLIER, ESME), RtdsKeys.requirePrivateKey(SUPPLIER, Usage.DS));

    assertThat(signed.signedSpan()).isEqualTo(rtds("ECS42_7.1_SUCCESS_COMMAND_GBCS.HEX").signedSpan());
    assertThat(signer.verify(signed, RtdsKeys.requirePublicKey(SUPPLIER, Usage.DS))).isTrue();
  }

  @Test
  void theDeviceParsesTheRtdsCommand() throws Exception {
    assertThat(EnableSupply.parseCommand(rtds("ECS42_7.1_SUCCESS_COMMAND_GBCS.HEX")))
        .isEqualTo(new EnableSupply.Request(1000, SUPPLIER, ESME));
  }

  @Test
  void theResponseBuilderReproducesTheRtdsSuccessAndErrorResponses() throws Exception {
    GeneralSigningApdu success = rtds("ECS42_7.1_SUCCESS_RESPONSE_GBCS.HEX");
    GeneralSigningApdu error = rtds("ECS42_7.1_ERROR_RESPONSE_GBCS.HEX");

    GeneralSigningApdu builtSuccess =
        EnableSupply.response(new EnableSupply.Request(1000, SUPPLIER, ESME), 0, Optional.empty());
    GeneralSigningApdu builtError =
        EnableSupply.response(new EnableSupply.Request(1001, SUPPLIER, ESME), 1, Optional.empty());

    assertThat(builtSuccess.signedSpan()).isEqualTo(success.signedSpan());
    assertThat(builtError.signedSpan()).isEqualTo(error.signedSpan());
    assertThat(EnableSupply.parseResponse(success)).isZero();
    assertThat(EnableSupply.parseResponse(error)).isEqualTo(1);
  }

  @Test
  void theRtdsResponsesAreSignedByTheEsme() throws Exception {
    GbcsSigner signer = new GbcsSigner(new EcdsaP256(CryptoProvider.BC));
    assertThat(signer.verify(rtds("ECS42_7.1_SUCCESS_RESPONSE_GBCS.HEX"), RtdsKeys.requirePublicKey(ESME, Usage.DS)))
        .isTrue();
  }
}
