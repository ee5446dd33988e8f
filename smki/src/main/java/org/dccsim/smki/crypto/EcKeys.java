package org.dccsim.smki.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/** P-256 key generation and decoding, always through BouncyCastle. */
public final class EcKeys {

  private static final ThreadLocal<KeyFactory> FACTORY =
      ThreadLocal.withInitial(
          () -> {
            try {
              return KeyFactory.getInstance("EC", CryptoProvider.bouncyCastle());
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException(e);
            }
          });

  private EcKeys() {}

  public static KeyPair generate(SecureRandom random) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", CryptoProvider.bouncyCastle());
      g.initialize(new ECGenParameterSpec("secp256r1"), random);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new CryptoException("P-256 key generation failed", e);
    }
  }

  public static PrivateKey privateKeyFromPkcs8(byte[] der) {
    try {
      return FACTORY.get().generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("not a PKCS#8 EC private key", e);
    }
  }

  public static PublicKey publicKeyFromSpki(byte[] der) {
    try {
      return FACTORY.get().generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("not an EC SubjectPublicKeyInfo", e);
    }
  }
}
