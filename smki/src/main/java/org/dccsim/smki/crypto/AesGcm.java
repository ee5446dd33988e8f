package org.dccsim.smki.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-128-GCM with the 12-byte tag GBCS uses, both as a MAC (GMAC: no plaintext, everything in
 * the additional authenticated data) and for encrypting sensitive payloads. The JDK's SunJCE
 * implementation is used (AES-NI and carry-less multiply intrinsics: well under a microsecond for
 * a GBCS message, several times BouncyCastle's table-driven GCM, whose per-key tables dominate
 * when every message has its own key).
 *
 * <p>GBCS derives a key per message but keeps the IV fixed, so the same (key, IV) recurs when a
 * tag is recomputed; a JCE GCM cipher refuses to encrypt twice in a row with one (key, IV), so a
 * recomputation on the same thread falls back to a fresh cipher, and checking a tag uses
 * decryption, which has no such rule.
 */
public final class AesGcm {

  public static final int TAG_LENGTH = 12;
  public static final int IV_LENGTH = 12;
  private static final int TAG_BITS = TAG_LENGTH * 8;

  private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(AesGcm::newCipher);

  private AesGcm() {}

  /** The 12-byte GMAC tag over {@code aad}. */
  public static byte[] gmac(byte[] key, byte[] iv, byte[] aad, int aadOffset, int aadLength) {
    return seal(key, iv, aad, aadOffset, aadLength, new byte[0]);
  }

  /** Whether {@code tag} is the GMAC tag over {@code aad}; constant-time in the tag. */
  public static boolean verifyGmac(byte[] key, byte[] iv, byte[] aad, int aadOffset, int aadLength, byte[] tag) {
    if (tag.length != TAG_LENGTH) {
      return false;
    }
    try {
      open(key, iv, aad, aadOffset, aadLength, tag, 0, tag.length);
      return true;
    } catch (CryptoException mismatch) {
      return false;
    }
  }

  /** @return ciphertext followed by the 12-byte tag */
  public static byte[] encrypt(byte[] key, byte[] iv, byte[] aad, byte[] plaintext) {
    return seal(key, iv, aad, 0, aad.length, plaintext);
  }

  /**
   * @param ciphertextAndTag ciphertext followed by the 12-byte tag
   * @return the plaintext
   * @throws CryptoException when the tag does not match
   */
  public static byte[] decrypt(
      byte[] key, byte[] iv, byte[] aad, byte[] ciphertextAndTag, int offset, int length) {
    return open(key, iv, aad, 0, aad.length, ciphertextAndTag, offset, length);
  }

  private static byte[] seal(byte[] key, byte[] iv, byte[] aad, int aadOffset, int aadLength, byte[] plaintext) {
    Cipher c = GCM.get();
    try {
      try {
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
      } catch (InvalidAlgorithmParameterException sameKeyAndIvAsLastTime) {
        c = newCipher();
        GCM.set(c);
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
      }
      c.updateAAD(aad, aadOffset, aadLength);
      return c.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("GCM encryption failed", e);
    }
  }

  private static byte[] open(byte[] key, byte[] iv, byte[] aad, int aadOffset, int aadLength,
      byte[] input, int offset, int length) {
    Cipher c = GCM.get();
    try {
      c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
      c.updateAAD(aad, aadOffset, aadLength);
      return c.doFinal(input, offset, length);
    } catch (AEADBadTagException e) {
      throw new CryptoException("GCM tag mismatch: wrong key or altered data", e);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("GCM decryption failed", e);
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding", "SunJCE");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM unavailable from SunJCE", e);
    }
  }
}
