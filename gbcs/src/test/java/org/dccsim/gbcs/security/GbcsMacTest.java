package org.dccsim.gbcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.SecureRandom;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.SharedSecretCache;
import org.junit.jupiter.api.Test;

class GbcsMacTest {

  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");

  private final SecureRandom random = new SecureRandom();
  private final KeyPair acb = EcKeys.generate(random);
  private final KeyPair device = EcKeys.generate(random);
  private final GbcsMac mac =
      new GbcsMac(new MessageKeyDerivation(new SharedSecretCache(new EcdhP256(CryptoProvider.BC), 16)));

  private GeneralSigningApdu command(long counter) {
    return GeneralSigningApdu.create(
        GroupingHeader.of(CraFlag.COMMAND, counter, SUPPLIER, ESME, 0x0027),
        new byte[] {(byte) 0xD9, 1, 2, 3},
        SignatureField.NULL);
  }

  @Test
  void theDeviceVerifiesWithItsPrivateKeyWhatTheAcbMacedWithItsOwn() throws GbcsCodecException {
    byte[] wrapped = mac.wrap(command(1000), acb.getPrivate(), device.getPublic());

    GbcsMessage received = GbcsCodec.decode(wrapped);

    assertThat(received.apdu()).isEqualTo(command(1000));
    assertThat(mac.verify(received, device.getPrivate(), acb.getPublic())).isTrue();
  }

  @Test
  void anyChangeToTheApduOrAnotherCounterBreaksTheMac() throws GbcsCodecException {
    byte[] wrapped = mac.wrap(command(1000), acb.getPrivate(), device.getPublic());
    byte[] tampered = wrapped.clone();
    tampered[tampered.length - 14] ^= 1; // last content byte

    assertThat(mac.verify(GbcsCodec.decode(tampered), device.getPrivate(), acb.getPublic())).isFalse();
    assertThat(mac.compute(command(1001), acb.getPrivate(), device.getPublic()))
        .isNotEqualTo(mac.compute(command(1000), acb.getPrivate(), device.getPublic()));
    assertThat(mac.verify(GbcsMessage.unwrapped(command(1000)), device.getPrivate(), acb.getPublic()))
        .isFalse();
  }

  @Test
  void otherInfoIsAlgorithmIdOriginatorTransactionIdAndRecipient() {
    byte[] info = MessageKeyDerivation.otherInfo(SUPPLIER, KdfMode.COMMAND, 0x3E8, ESME);

    assertThat(info)
        .isEqualTo(
            java.util.HexFormat.of()
                .parseHex("60857406080300" + "90B3D51F30010000" + "09" + "01" + "00000000000003E8"
                    + "00DB1234567890A0"));
    assertThat(MessageKeyDerivation.iv(SUPPLIER))
        .isEqualTo(java.util.HexFormat.of().parseHex("90B3D51F3001000000000000"));
  }
}
