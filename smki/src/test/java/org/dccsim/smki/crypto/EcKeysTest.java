package org.dccsim.smki.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import org.junit.jupiter.api.Test;

/** Keys from a scalar: standard P-256 keys in every respect that matters to their users. */
class EcKeysTest {

  private static final BigInteger D = new BigInteger("1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcd", 16);

  @Test
  void aKeyFromAScalarSignsWhatItsPublicKeyVerifies() {
    EcdsaP256 ecdsa = new EcdsaP256(CryptoProvider.BC);
    byte[] data = "meter reading".getBytes();
    byte[] signature = ecdsa.sign(EcKeys.privateKey(D), data);
    assertThat(ecdsa.verify(EcKeys.publicKey(D), data, signature)).isTrue();
    assertThat(new EcdsaP256(CryptoProvider.JDK).verify(
        EcKeys.publicKeyFromSpki(EcKeys.publicKey(D).getEncoded()), data, signature)).as("any provider").isTrue();
  }

  @Test
  void itsEncodingsAreStandardPkcs8AndSpki() {
    PrivateKey k = EcKeys.privateKey(D);
    assertThat(((ECPrivateKey) EcKeys.privateKeyFromPkcs8(k.getEncoded())).getS()).isEqualTo(D);
    PublicKey p = EcKeys.publicKey(D);
    assertThat(EcKeys.publicKeyFromSpki(p.getEncoded()).getEncoded()).isEqualTo(p.getEncoded());
  }

  @Test
  void ecdhWithKeysFromScalarsAgreesWithGeneratedKeys() {
    KeyPair other = EcKeys.generate(new SecureRandom());
    EcdhP256 ecdh = new EcdhP256(CryptoProvider.BC);
    assertThat(ecdh.sharedSecret(EcKeys.privateKey(D), other.getPublic()))
        .isEqualTo(ecdh.sharedSecret(other.getPrivate(), EcKeys.publicKey(D)));
  }

  @Test
  void aScalarOutsideOneToNIsRefused() {
    assertThatThrownBy(() -> EcKeys.privateKey(BigInteger.ZERO)).isInstanceOf(CryptoException.class);
    assertThatThrownBy(() -> EcKeys.privateKey(EcKeys.order())).isInstanceOf(CryptoException.class);
  }
}
