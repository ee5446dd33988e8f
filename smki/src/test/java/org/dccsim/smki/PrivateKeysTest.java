package org.dccsim.smki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.junit.jupiter.api.Test;

class PrivateKeysTest {

  @Test
  void readsPkcs8AsDerAndAsPemAndWritesPemBack() {
    KeyPair keys = EcKeys.generate(new SecureRandom());
    byte[] der = keys.getPrivate().getEncoded();

    PrivateKey fromDer = PrivateKeys.parse(der);
    PrivateKey fromPem =
        PrivateKeys.parse(PrivateKeys.toPem(keys.getPrivate()).getBytes(StandardCharsets.US_ASCII));

    assertThat(fromDer.getEncoded()).isEqualTo(der);
    assertThat(fromPem.getEncoded()).isEqualTo(der);
    assertThat(EcKeys.isPair(fromPem, keys.getPublic())).isTrue();
    assertThat(EcKeys.isPair(fromPem, EcKeys.generate(new SecureRandom()).getPublic())).isFalse();
  }

  @Test
  void refusesKeysThatAreNotP256() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA", CryptoProvider.bouncyCastle());
    rsa.initialize(512); // only needs to be RSA, not strong
    byte[] p384 = SmkiCertificateTest.ecKeys("secp384r1").getPrivate().getEncoded();

    assertThatThrownBy(() -> PrivateKeys.parse(rsa.generateKeyPair().getPrivate().getEncoded()))
        .isInstanceOf(SmkiException.class)
        .hasMessageStartingWith("private key: not PKCS#8 EC");
    assertThatThrownBy(() -> PrivateKeys.parse(p384))
        .isInstanceOf(SmkiException.class)
        .hasMessage("private key: EC, but not on P-256");
  }

  @Test
  void refusesTruncatedAndEmptyInput() {
    byte[] der = EcKeys.generate(new SecureRandom()).getPrivate().getEncoded();

    assertThatThrownBy(() -> PrivateKeys.parse(Arrays.copyOf(der, der.length - 5)))
        .isInstanceOf(SmkiException.class)
        .hasMessageStartingWith("private key: not PKCS#8 EC");
    assertThatThrownBy(() -> PrivateKeys.parse(new byte[0]))
        .isInstanceOf(SmkiException.class)
        .hasMessageStartingWith("private key: not PKCS#8 EC");
  }
}
