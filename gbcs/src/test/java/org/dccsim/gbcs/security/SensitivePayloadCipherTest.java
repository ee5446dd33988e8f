package org.dccsim.gbcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.SecureRandom;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.SharedSecretCache;
import org.junit.jupiter.api.Test;

class SensitivePayloadCipherTest {

  private static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");
  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final byte[] READINGS = {2, 1, 2, 4, 6, 0, 0, 0, 10};

  private final SecureRandom random = new SecureRandom();
  private final KeyPair device = EcKeys.generate(random);
  private final KeyPair supplier = EcKeys.generate(random);
  private final SensitivePayloadCipher cipher =
      new SensitivePayloadCipher(
          new MessageKeyDerivation(new SharedSecretCache(new EcdhP256(CryptoProvider.BC), 16)));

  @Test
  void theRecipientDecryptsWhatTheDeviceEncrypted() throws Exception {
    byte[] sealed = cipher.encrypt(READINGS, ESME, 1000, SUPPLIER, device.getPrivate(), supplier.getPublic());

    assertThat(sealed).hasSize(5 + READINGS.length + 12).startsWith(0x31, 0, 0, 0, 0);
    assertThat(
            cipher.decrypt(
                ByteSlice.copyOf(sealed), ESME, 1000, SUPPLIER, supplier.getPrivate(), device.getPublic()))
        .isEqualTo(READINGS);
  }

  @Test
  void anotherCounterOrAlteredCiphertextDoesNotAuthenticate() {
    byte[] sealed = cipher.encrypt(READINGS, ESME, 1000, SUPPLIER, device.getPrivate(), supplier.getPublic());
    byte[] altered = sealed.clone();
    altered[6] ^= 1;

    assertThatThrownBy(
            () -> cipher.decrypt(ByteSlice.copyOf(sealed), ESME, 1001, SUPPLIER, supplier.getPrivate(), device.getPublic()))
        .isInstanceOf(GbcsSecurityException.class)
        .hasMessageContaining("counter 1001");
    assertThatThrownBy(
            () -> cipher.decrypt(ByteSlice.copyOf(altered), ESME, 1000, SUPPLIER, supplier.getPrivate(), device.getPublic()))
        .isInstanceOf(GbcsSecurityException.class);
  }

  @Test
  void aWrongSecurityControlByteOrAMissingTagIsACodecError() {
    byte[] sealed = cipher.encrypt(READINGS, ESME, 1000, SUPPLIER, device.getPrivate(), supplier.getPublic());
    byte[] wrongControl = sealed.clone();
    wrongControl[0] = 0x30;

    assertThatThrownBy(
            () -> cipher.decrypt(ByteSlice.copyOf(wrongControl), ESME, 1000, SUPPLIER, supplier.getPrivate(), device.getPublic()))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).isZero());
    assertThatThrownBy(
            () -> cipher.decrypt(ByteSlice.copyOf(new byte[] {0x31, 0, 0, 0, 0, 1}), ESME, 1000, SUPPLIER, supplier.getPrivate(), device.getPublic()))
        .isInstanceOf(GbcsCodecException.class)
        .hasMessageContaining("tag");
  }
}
