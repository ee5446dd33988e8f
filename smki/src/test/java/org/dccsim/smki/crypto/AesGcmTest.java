package org.dccsim.smki.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class AesGcmTest {

  private final byte[] key = new byte[16];
  private final byte[] iv = new byte[12];

  @Test
  void encryptionRoundTripsAndDetectsTampering() {
    byte[] aad = {0x31};
    byte[] plain = {1, 2, 3, 4, 5};
    byte[] sealed = AesGcm.encrypt(key, iv, aad, plain);
    assertThat(sealed).hasSize(plain.length + AesGcm.TAG_LENGTH);
    assertThat(AesGcm.decrypt(key, iv, aad, sealed, 0, sealed.length)).isEqualTo(plain);

    sealed[0] ^= 1;
    assertThatThrownBy(() -> AesGcm.decrypt(key, iv, aad, sealed, 0, sealed.length))
        .isInstanceOf(CryptoException.class);
  }

  @Test
  void gmacIsTheTagOfAnEmptyEncryptionAndCanBeRepeated() {
    byte[] aad = {0x11, 0, 0, 0, 0, 7, 8, 9};
    byte[] first = AesGcm.gmac(key, iv, aad, 0, aad.length);
    assertThat(first).hasSize(12).isEqualTo(AesGcm.gmac(key, iv, aad, 0, aad.length));
    assertThat(AesGcm.encrypt(key, iv, aad, new byte[0])).isEqualTo(first);

    assertThat(AesGcm.verifyGmac(key, iv, aad, 0, aad.length, first)).isTrue();
    byte[] wrong = first.clone();
    wrong[11] ^= 1;
    assertThat(AesGcm.verifyGmac(key, iv, aad, 0, aad.length, wrong)).isFalse();
    assertThat(AesGcm.verifyGmac(key, iv, aad, 0, aad.length, new byte[11])).isFalse();
  }

  @Test
  void bothSidesOfAStaticEcdhDeriveTheSameKeyAndTheCacheReturnsIt() {
    KeyPair a = EcKeys.generate(new SecureRandom());
    KeyPair b = EcKeys.generate(new SecureRandom());
    EcdhP256 ecdh = new EcdhP256(CryptoProvider.BC);
    byte[] za = ecdh.sharedSecret(a.getPrivate(), b.getPublic());
    byte[] zb = new EcdhP256(CryptoProvider.JDK).sharedSecret(b.getPrivate(), a.getPublic());
    assertThat(za).hasSize(32).isEqualTo(zb);

    SharedSecretCache cache = new SharedSecretCache(ecdh, 10);
    assertThat(cache.sharedSecret(a.getPrivate(), b.getPublic())).isEqualTo(za);
    assertThat(cache.sharedSecret(a.getPrivate(), b.getPublic())).isSameAs(cache.sharedSecret(a.getPrivate(), b.getPublic()));
    assertThat(ConcatKdf.deriveAes128(za, new byte[33])).hasSize(16);
  }
}
