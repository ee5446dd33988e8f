package org.dccsim.smki.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EcdsaP256Test {

  private static final byte[] MESSAGE = "a grouping header and payload".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @EnumSource(CryptoProvider.class)
  void signaturesAre64BytesAndVerifyAcrossProviders(CryptoProvider provider) {
    KeyPair keys = EcKeys.generate(new SecureRandom());
    byte[] sig = new EcdsaP256(provider).sign(keys.getPrivate(), MESSAGE);

    assertThat(sig).hasSize(64);
    for (CryptoProvider verifier : CryptoProvider.values()) {
      assertThat(new EcdsaP256(verifier).verify(keys.getPublic(), MESSAGE, sig)).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(CryptoProvider.class)
  void aChangedMessageOrSignatureDoesNotVerify(CryptoProvider provider) {
    KeyPair keys = EcKeys.generate(new SecureRandom());
    EcdsaP256 ecdsa = new EcdsaP256(provider);
    byte[] sig = ecdsa.sign(keys.getPrivate(), MESSAGE);

    byte[] altered = MESSAGE.clone();
    altered[0] ^= 1;
    byte[] badSig = sig.clone();
    badSig[10] ^= 1;
    assertThat(ecdsa.verify(keys.getPublic(), altered, sig)).isFalse();
    assertThat(ecdsa.verify(keys.getPublic(), MESSAGE, badSig)).isFalse();
    assertThat(ecdsa.verify(keys.getPublic(), MESSAGE, new byte[63])).isFalse();
  }
}
