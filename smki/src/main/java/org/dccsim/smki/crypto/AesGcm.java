package org.dccsim.smki.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-128-GCM with the 12-byte tag GBCS uses, both as a MAC (GMAC: no plaintext, everything in
 * the additional authenticated data) and for encrypting sensitive payloads. BouncyCastle's
 * lightweight API is used. GBCS derives a fresh key per message but keeps the IV fixed, so the
 * same (key, IV) recurs whenever a MAC is recomputed to check it; a GCM object refuses that
 * (rightly, for general use), so each operation takes a fresh one.
 */
public final class AesGcm {

  public static final int TAG_LENGTH = 12;
  public static final int IV_LENGTH = 12;

  private AesGcm() {}

  /** The 12-byte GMAC tag over {@code aad}. */
  public static byte[] gmac(byte[] key, byte[] iv, byte[] aad, int aadOffset, int aadLength) {
    GCMModeCipher gcm = newGcm();
    gcm.init(true, new AEADParameters(new KeyParameter(key), TAG_LENGTH * 8, iv));
    gcm.processAADBytes(aad, aadOffset, aadLength);
    byte[] tag = new byte[TAG_LENGTH];
    try {
      gcm.doFinal(tag, 0);
    } catch (InvalidCipherTextException e) {
      throw new CryptoException("GMAC failed", e);
    }
    return tag;
  }

  /** @return ciphertext followed by the 12-byte tag */
  public static byte[] encrypt(byte[] key, byte[] iv, byte[] aad, byte[] plaintext) {
    GCMModeCipher gcm = newGcm();
    gcm.init(true, new AEADParameters(new KeyParameter(key), TAG_LENGTH * 8, iv));
    gcm.processAADBytes(aad, 0, aad.length);
    byte[] out = new byte[gcm.getOutputSize(plaintext.length)];
    int n = gcm.processBytes(plaintext, 0, plaintext.length, out, 0);
    try {
      n += gcm.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new CryptoException("GCM encryption failed", e);
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * @param ciphertextAndTag ciphertext followed by the 12-byte tag
   * @return the plaintext
   * @throws CryptoException when the tag does not match
   */
  public static byte[] decrypt(
      byte[] key, byte[] iv, byte[] aad, byte[] ciphertextAndTag, int offset, int length) {
    GCMModeCipher gcm = newGcm();
    gcm.init(false, new AEADParameters(new KeyParameter(key), TAG_LENGTH * 8, iv));
    gcm.processAADBytes(aad, 0, aad.length);
    byte[] out = new byte[gcm.getOutputSize(length)];
    int n = gcm.processBytes(ciphertextAndTag, offset, length, out, 0);
    try {
      n += gcm.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new CryptoException("GCM tag mismatch: wrong key or altered ciphertext", e);
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private static GCMModeCipher newGcm() {
    return GCMBlockCipher.newInstance(AESEngine.newInstance());
  }
}
