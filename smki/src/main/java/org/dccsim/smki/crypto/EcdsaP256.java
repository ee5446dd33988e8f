package org.dccsim.smki.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/**
 * ECDSA over P-256 with SHA-256 and the 64-byte IEEE P1363 (r||s) encoding used both by GBCS
 * signatures and by the DUIS XML signatures. {@link Signature} objects are not thread-safe, so
 * each thread keeps its own.
 */
public final class EcdsaP256 {

  public static final int SIGNATURE_LENGTH = 64;

  private final ThreadLocal<Signature> signatures;
  private final CryptoProvider provider;

  public EcdsaP256(CryptoProvider provider) {
    this.provider = provider;
    this.signatures =
        ThreadLocal.withInitial(
            () -> {
              try {
                return Signature.getInstance(provider.p1363SignatureAlgorithm, provider.provider());
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("ECDSA unavailable from " + provider, e);
              }
            });
  }

  public CryptoProvider provider() {
    return provider;
  }

  public byte[] sign(PrivateKey key, byte[] data) {
    return sign(key, data, 0, data.length);
  }

  public byte[] sign(PrivateKey key, byte[] data, int offset, int length) {
    Signature s = signatures.get();
    try {
      s.initSign(key);
      s.update(data, offset, length);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new CryptoException("ECDSA signing failed", e);
    }
  }

  public boolean verify(PublicKey key, byte[] data, byte[] signature) {
    return verify(key, data, 0, data.length, signature);
  }

  /**
   * @return false for a signature that does not verify or is not 64 bytes; never throws for bad
   *     input, only for an unusable key
   */
  public boolean verify(PublicKey key, byte[] data, int offset, int length, byte[] signature) {
    if (signature == null || signature.length != SIGNATURE_LENGTH) {
      return false;
    }
    Signature s = signatures.get();
    try {
      s.initVerify(key);
      s.update(data, offset, length);
      return s.verify(signature);
    } catch (SignatureException e) {
      return false;
    } catch (InvalidKeyException e) {
      throw new CryptoException("not a P-256 public key: " + key.getAlgorithm(), e);
    }
  }
}
