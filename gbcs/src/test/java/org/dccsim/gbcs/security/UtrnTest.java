package org.dccsim.gbcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.PrepaymentCommands.ConsumerTopUp;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsKeys;
import org.dccsim.gbcs.testing.RtdsKeys.Usage;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.junit.jupiter.api.Test;

/** UTRNs as GBCS section 14 makes them, checked against the RTDS's remote top-up (CS01b). */
class UtrnTest {

  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 GSME = Eui64.parse("00-DB-12-34-56-78-90-A1");
  private static final long COUNTER = 6L << 32;

  private final byte[] z = new EcdhP256(CryptoProvider.BC).sharedSecret(
      RtdsKeys.requirePrivateKey(SUPPLIER, Usage.PP_KA), RtdsKeys.requirePublicKey(GSME, Usage.KA));

  @Test
  void readsTheRtdsTopUpAndVerifiesItsMacWithTheSupplierTopUpKeyAndTheMeterKey() throws Exception {
    Utrn utrn = Utrn.parse(rtdsTopUpCode("CS01b_2.2_SUCCESS_COMMAND_GBCS.HEX"));

    assertThat(utrn.truncatedCounter()).isEqualTo(6);
    assertThat(utrn.valueClass()).isEqualTo(Utrn.ValueClass.PENNIES);
    assertThat(utrn.value()).isEqualTo(1250);
    assertThat(utrn.verifies(COUNTER, SUPPLIER, GSME, z)).isTrue();
    assertThat(utrn.verifies(COUNTER + (1L << 32), SUPPLIER, GSME, z)).as("another counter").isFalse();
    assertThat(utrn.verifies(COUNTER, SUPPLIER, Eui64.parse("00-DB-12-34-56-78-90-A0"), z)).as("another meter").isFalse();
    assertThat(utrn.amount(100_000)).as("pennies in units of 1/100000 pound").isEqualTo(1_250_000);
  }

  @Test
  void mintsTheRtdsUtrnDigitForDigit() throws Exception {
    String minted = Utrn.mint(Utrn.ValueClass.PENNIES, 1250, COUNTER, SUPPLIER, GSME, z);

    assertThat(Utrn.ascii(minted)).isEqualTo(rtdsTopUpCode("CS01b_2.2_SUCCESS_COMMAND_GBCS.HEX"));
    assertThat(Utrn.parse(Utrn.ascii(Utrn.mint(Utrn.ValueClass.POUNDS, 20, 7L << 32, SUPPLIER, GSME, z))).amount(100_000))
        .isEqualTo(2_000_000);
  }

  @Test
  void refusesTheRtdsErrorCodeAndMalformedDigitsAtTheDigitAtFault() {
    assertThatThrownBy(() -> Utrn.parse(rtdsTopUpCode("CS01b_2.2_ERROR_COMMAND_GBCS.HEX")))
        .isInstanceOf(GbcsCodecException.class);
    assertThatThrownBy(() -> Utrn.parse(Utrn.ascii("7395006788710517860")))
        .isInstanceOf(GbcsCodecException.class).hasMessageContaining("20 digits");
    assertThatThrownBy(() -> Utrn.parse(Utrn.ascii("73950067887105178X05")))
        .isInstanceOf(GbcsCodecException.class).hasMessageContaining("offset 17");
    assertThatThrownBy(() -> Utrn.parse(Utrn.ascii("73950067887105178606")))
        .isInstanceOf(GbcsCodecException.class).hasMessageContaining("check digit 5");
  }

  private static ByteSlice rtdsTopUpCode(String file) throws GbcsCodecException {
    GbzPayload.UseCase payload = (GbzPayload.UseCase) GbzCodec.decode(
        GbcsCodec.decode(RtdsFiles.bytes("2.2_CS01b", file)).apdu().content());
    return ((ConsumerTopUp) payload.components().get(0).command().orElseThrow()).topUpCode();
  }
}
